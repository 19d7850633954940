package io.microscout.forecast;

import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.ByTier;
import io.microscout.tier.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rates a forecast assumes. {@link #defaults()} names the source of each default; the brief can
 * replace the click-through rate, conversion rate and average order value.
 *
 * @param reachRates      impressions of one deliverable per follower, by platform and tier (the mean)
 * @param reachConcentration how well a reach rate is known (Beta concentration around the mean)
 * @param storyReachFactor a story's reach relative to a feed post
 * @param clickThrough    clicks per impression
 * @param conversion      orders per click; one draw per campaign, shared by its creators (same shop)
 * @param averageOrderValue US dollars per order
 * @param emvCpm          the CPM EMV is valued at (Upfluence: EMV = CPM x impressions / 1000)
 * @param draws           Monte Carlo draws per forecast
 */
public record ForecastAssumptions(
        Map<Platform, Map<Tier, Double>> reachRates,
        double reachConcentration,
        double storyReachFactor,
        Rate clickThrough,
        Rate conversion,
        double averageOrderValue,
        double emvCpm,
        int draws) {

    public ForecastAssumptions {
        reachRates = Map.copyOf(reachRates);
        if (!(averageOrderValue > 0)) {
            throw new IllegalArgumentException("average order value must be > 0, got " + averageOrderValue);
        }
        if (draws < 100) {
            throw new IllegalArgumentException("a forecast needs at least 100 draws, got " + draws);
        }
    }

    public static ForecastAssumptions defaults() {
        Map<Platform, Map<Tier, Double>> reach = new EnumMap<>(Platform.class);
        // Assumption (no published figure, see docs/sources.md): the share of followers one post reaches falls
        // with audience size; short video travels beyond followers (TikTok), long video less (YouTube).
        reach.put(Platform.INSTAGRAM, ByTier.of(0.30, 0.25, 0.18, 0.14, 0.10));
        reach.put(Platform.TIKTOK, ByTier.of(0.60, 0.45, 0.35, 0.25, 0.20));
        reach.put(Platform.YOUTUBE, ByTier.of(0.25, 0.20, 0.15, 0.12, 0.10));
        return new ForecastAssumptions(
                reach,
                20, // assumption: a reach rate of 25% has P10–P90 of about 13%–38%
                0.5, // assumption: a story reaches about half the audience of a feed post
                new Rate(0.01, 100, "MicroScout's assumption; set ctr in the brief"),
                new Rate(0.02, 100, "MicroScout's assumption; set cvr in the brief"),
                50, // assumption: set aov in the brief
                6.50, // Upfluence's default CPM for EMV (Upfluence; docs/sources.md, "Cost")
                2_000);
    }

    /** Mean impressions of a deliverable per follower. */
    public double reachRate(Deliverable deliverable, Tier tier) {
        Map<Tier, Double> byTier = reachRates.get(deliverable.platform());
        double r = byTier == null || byTier.get(tier) == null ? 0.2 : byTier.get(tier);
        return deliverable == Deliverable.INSTAGRAM_STORY ? r * storyReachFactor : r;
    }

    public ForecastAssumptions withClickThrough(Rate r) {
        return new ForecastAssumptions(
                reachRates, reachConcentration, storyReachFactor, r, conversion, averageOrderValue, emvCpm, draws);
    }

    public ForecastAssumptions withConversion(Rate r) {
        return new ForecastAssumptions(
                reachRates, reachConcentration, storyReachFactor, clickThrough, r, averageOrderValue, emvCpm, draws);
    }

    public ForecastAssumptions withAverageOrderValue(double aov) {
        return new ForecastAssumptions(
                reachRates, reachConcentration, storyReachFactor, clickThrough, conversion, aov, emvCpm, draws);
    }

    public ForecastAssumptions withDraws(int n) {
        return new ForecastAssumptions(
                reachRates,
                reachConcentration,
                storyReachFactor,
                clickThrough,
                conversion,
                averageOrderValue,
                emvCpm,
                n);
    }

    /** The EMV formula with its parameters, printed beside every EMV figure. */
    public String emvFormula() {
        return String.format(java.util.Locale.ROOT, "EMV = CPM x impressions / 1000, CPM = $%.2f (Upfluence)", emvCpm);
    }
}
