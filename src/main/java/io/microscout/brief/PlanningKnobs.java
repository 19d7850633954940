package io.microscout.brief;

/**
 * Campaign assumptions the planner reads (null: the planner's documented default). Rates are fractions.
 *
 * @param ctr                 click-through rate of a post's audience
 * @param conversionRate      share of clicks that buy
 * @param averageOrderValue   revenue per order, in the budget's currency
 * @param maxSharePerCreator  the largest share of the budget one creator may take (0..1)
 */
public record PlanningKnobs(Double ctr, Double conversionRate, Double averageOrderValue, Double maxSharePerCreator) {
    public static PlanningKnobs defaults() {
        return new PlanningKnobs(null, null, null, null);
    }
}
