package io.microscout.planning;

import io.microscout.brief.AudienceTarget;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import java.util.Set;

/**
 * What planning needs of a brand brief. Optional limits are null when not set.
 *
 * @param ctr, cvr, averageOrderValue  the brand's own rates (override the forecast defaults)
 * @param maxSharePerCreator  at most this share of the budget on one creator (0–1)
 * @param maxSharePerNiche    ... on one niche (the creator's main niche)
 * @param maxSharePerPlatform ... on one platform
 * @param minAuthenticity     creators below this authenticity score (0–100) are left out
 * @param minFit              creators below this fit (0–1) are left out
 * @param platforms, tiers, deliverables  what may be bought (empty: anything)
 * @param audience            whom the brand sells to (countries, languages, ages, genders): the forecast's
 *                            in-market share ({@link BuyerModel}); empty or null: everyone counts as in the market
 */
public record PlanBrief(
        String name,
        double budget,
        Objective objective,
        Double ctr,
        Double cvr,
        Double averageOrderValue,
        Double maxSharePerCreator,
        Double maxSharePerNiche,
        Double maxSharePerPlatform,
        Double minAuthenticity,
        Double minFit,
        Set<Platform> platforms,
        Set<Tier> tiers,
        Set<Deliverable> deliverables,
        AudienceTarget audience) {

    public PlanBrief {
        audience = audience == null ? AudienceTarget.any() : audience;
        if (!(budget > 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be a positive amount, got " + budget);
        }
        objective = objective == null ? Objective.SALES : objective;
        share("max_share_per_creator", maxSharePerCreator);
        share("max_share_per_niche", maxSharePerNiche);
        share("max_share_per_platform", maxSharePerPlatform);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        deliverables = deliverables == null ? Set.of() : Set.copyOf(deliverables);
        if (minFit != null && (minFit < 0 || minFit > 1)) {
            throw new IllegalArgumentException("min_fit must be within 0..1, got " + minFit);
        }
        if (minAuthenticity != null && (minAuthenticity < 0 || minAuthenticity > 100)) {
            throw new IllegalArgumentException("min_authenticity must be within 0..100, got " + minAuthenticity);
        }
    }

    private static void share(String key, Double v) {
        if (v != null && !(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(key + " must be a share in (0, 1], got " + v);
        }
    }

    /**
     * What planning reads of a brand's brief: brand, budget, goal (awareness = reach), platforms, tiers, the
     * hard filter's minimum authenticity, and the planning section (CTR, conversion rate, order value, shares
     * per creator, niche and platform, minimum fit, deliverables). The options override the brief's budget and objective when not null.
     */
    public static PlanBrief from(io.microscout.brief.Brief brief, Double budget, Objective objective) {
        Double b = budget != null ? budget : brief.budget();
        if (b == null) {
            throw new IllegalArgumentException("the brief has no budget: set budget in the brief or --budget");
        }
        Objective o = objective != null
                ? objective
                : brief.goal() == null
                        ? Objective.SALES
                        : Objective.parse(brief.goal().id());
        var k = brief.planning();
        Set<Deliverable> deliverables = new java.util.HashSet<>();
        for (String d : k.deliverables()) {
            try {
                deliverables.add(Deliverable.parse(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("planning.deliverables: " + e.getMessage(), e);
            }
        }
        return new PlanBrief(
                brief.brand() == null ? "plan" : brief.brand(),
                b,
                o,
                k.ctr(),
                k.conversionRate(),
                k.averageOrderValue(),
                k.maxSharePerCreator(),
                k.maxSharePerNiche(),
                k.maxSharePerPlatform(),
                brief.filters().minAuthenticity(),
                k.minFit(),
                brief.platforms(),
                brief.tiers(),
                deliverables,
                brief.audience());
    }

    /** A brief with only a budget and an objective. */
    public static PlanBrief of(double budget, Objective objective) {
        return new PlanBrief(
                "plan", budget, objective, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PlanBrief withBudget(double b) {
        return with(b, objective, tiers, maxSharePerCreator);
    }

    public PlanBrief withObjective(Objective o) {
        return with(budget, o, tiers, maxSharePerCreator);
    }

    public PlanBrief withTiers(Set<Tier> t) {
        return with(budget, objective, t, maxSharePerCreator);
    }

    public PlanBrief withMaxSharePerCreator(Double share) {
        return with(budget, objective, tiers, share);
    }

    /** This brief with what the options may override (the rest as it is). */
    private PlanBrief with(double b, Objective o, Set<Tier> t, Double creatorShare) {
        return new PlanBrief(
                name,
                b,
                o,
                ctr,
                cvr,
                averageOrderValue,
                creatorShare,
                maxSharePerNiche,
                maxSharePerPlatform,
                minAuthenticity,
                minFit,
                platforms,
                t,
                deliverables,
                audience);
    }
}
