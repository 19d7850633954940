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
 * @param acceptance     the ESTIMATED likelihood that the creator accepts this offer, or null when not estimated
 */
public record Selection(
        PlanCandidate candidate,
        Deliverable deliverable,
        PriceEstimate price,
        double expectedValue,
        String audience,
        int audienceRank,
        Map<Figure, Interval> forecast,
        String reason,
        AcceptanceOdds.Odds acceptance) {

    public Selection {
        forecast = Map.copyOf(forecast);
    }

    /**
     * The expected value of a figure, an estimate: the likelihood of a yes x the forecast's P50 of the figure (what
     * the offer brings if accepted); null without a likelihood or a forecast of the figure.
     */
    public Double expected(Figure figure) {
        Interval f = forecast.get(figure);
        return acceptance == null || f == null ? null : acceptance.probability() * f.p50();
    }
}
