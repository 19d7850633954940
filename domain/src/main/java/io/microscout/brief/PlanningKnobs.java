package io.microscout.brief;

import java.util.List;

/**
 * Campaign assumptions and limits the planner reads (null: the planner's documented default, or no limit).
 * Rates and shares are fractions.
 *
 * @param ctr                 click-through rate of a post's audience
 * @param conversionRate      share of clicks that buy
 * @param averageOrderValue   revenue per order, in the budget's currency
 * @param maxSharePerCreator  the largest share of the budget one creator may take (0..1)
 * @param maxSharePerNiche    ... one niche (a creator's main niche) may take
 * @param maxSharePerPlatform ... one platform may take
 * @param minFit              creators whose fit to the brief is below this (0..1) are not planned
 * @param deliverables        deliverable ids the plan may buy (e.g. instagram_reel); empty: any
 */
public record PlanningKnobs(
        Double ctr,
        Double conversionRate,
        Double averageOrderValue,
        Double maxSharePerCreator,
        Double maxSharePerNiche,
        Double maxSharePerPlatform,
        Double minFit,
        List<String> deliverables) {

    public PlanningKnobs {
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }

    public PlanningKnobs(Double ctr, Double conversionRate, Double averageOrderValue, Double maxSharePerCreator) {
        this(ctr, conversionRate, averageOrderValue, maxSharePerCreator, null, null, null, null);
    }

    public static PlanningKnobs defaults() {
        return new PlanningKnobs(null, null, null, null);
    }
}
