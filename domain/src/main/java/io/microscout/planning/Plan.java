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
 * @param topLeftOut      discovery's best candidates that are not in the plan, each with the reason
 * @param warnings        what a marketer must read before signing (an expected loss, brief fields no data supports)
 */
public record Plan(
        PlanBrief brief,
        String candidatesFrom,
        boolean synthetic,
        List<Selection> selections,
        Forecast totals,
        double objectiveValue,
        List<String> assumptions,
        Map<String, Integer> leftOut,
        long seed,
        List<String> topLeftOut,
        List<String> warnings) {

    public Plan {
        selections = List.copyOf(selections);
        assumptions = List.copyOf(assumptions);
        leftOut = Map.copyOf(leftOut);
        topLeftOut = List.copyOf(topLeftOut);
        warnings = List.copyOf(warnings);
    }

    /** The total in cents: the exact sum of the lines' cents. */
    public long costCents() {
        return selections.stream().mapToLong(s -> s.price().pointCents()).sum();
    }

    public double cost() {
        return costCents() / 100.0;
    }

    public long creators() {
        return selections.stream().map(s -> s.candidate().creator()).distinct().count();
    }
}
