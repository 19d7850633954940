package io.microscout.forecast;

import java.util.List;
import java.util.Map;

/**
 * A forecast: P10/P50/P90 of every {@link Figure} for the whole set of deliverables and for each one,
 * with the EMV formula and what made it reproducible (seed and draws). A figure that cannot be computed
 * (engagements of a creator without posts) is absent: unknown, never 0.
 */
public record Forecast(
        Map<Figure, Interval> totals, List<Map<Figure, Interval>> perSubject, String emvFormula, long seed, int draws) {

    public Forecast {
        totals = Map.copyOf(totals);
        perSubject = List.copyOf(perSubject);
    }

    public Interval total(Figure f) {
        return totals.get(f);
    }
}
