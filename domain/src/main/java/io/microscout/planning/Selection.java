package io.microscout.planning;

import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import java.util.Map;

/**
 * One creator's deliverable in a plan: its price, its forecast, and why it is in the plan.
 *
 * @param expectedValue  the expected objective (conversions, engagements or impressions) before overlap
 * @param audience       the audience cluster label ("fitness / DE / de")
 * @param audienceRank   0 when first in its audience, 1 when second (counted at the overlap discount), ...
 */
public record Selection(
        PlanCandidate candidate,
        Deliverable deliverable,
        PriceEstimate price,
        double expectedValue,
        String audience,
        int audienceRank,
        Map<Figure, Interval> forecast,
        String reason) {

    public Selection {
        forecast = Map.copyOf(forecast);
    }
}
