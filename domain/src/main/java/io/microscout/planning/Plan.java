package io.microscout.planning;

import io.microscout.forecast.Forecast;

import java.util.List;
import java.util.Map;

/**
 * A plan: what to buy, what it should bring (totals with P10/P50/P90), and the assumptions behind it.
 *
 * @param candidatesFrom  where the candidates came from (says SYNTHETIC when generated)
 * @param objectiveValue  expected objective after the overlap discount
 * @param assumptions     every rate and default used, with its source, one per line
 * @param leftOut         candidates left out, counted by reason
 */
public record Plan(PlanBrief brief, String candidatesFrom, boolean synthetic, List<Selection> selections,
                   Forecast totals, double objectiveValue, List<String> assumptions, Map<String, Integer> leftOut,
                   long seed) {

    public Plan {
        selections = List.copyOf(selections);
        assumptions = List.copyOf(assumptions);
        leftOut = Map.copyOf(leftOut);
    }

    public double cost() {
        return selections.stream().mapToDouble(s -> s.price().point()).sum();
    }

    public long creators() {
        return selections.stream().map(s -> s.candidate().creator()).distinct().count();
    }
}
