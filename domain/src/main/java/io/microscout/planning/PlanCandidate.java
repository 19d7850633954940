package io.microscout.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceProfile;
import io.microscout.forecast.EngagementHistory;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.tier.Tier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A creator the plan may buy from, as discovery hands it over.
 *
 * @param niches             niches, the main one first
 * @param authenticity       authenticity score 0–100, or null when not assessed
 * @param fit                fit to the brief 0–1 from discovery, or null when not scored
 * @param engagementHistory  engagements (likes + comments) of each recent post
 * @param prices             price per deliverable the creator offers (quotes already applied, or applied by the planner)
 * @param followerSample     ids of a sample of followers, when one exists (empty otherwise)
 * @param audience           the audience as measured (insights, a media kit), or null: then {@link BuyerModel}
 *                           estimates it from the creator's country and language, and says so
 * @param relevance          discovery's relevance component 0–1 (does the creator talk about the product), or null
 * @param stated             engagement as a source file states it, for a creator without posts (V150), or null
 */
public record PlanCandidate(
        CreatorKey creator,
        Tier tier,
        List<String> niches,
        String countryCode,
        String languageCode,
        long followers,
        Double authenticity,
        Double fit,
        long[] engagementHistory,
        Map<Deliverable, PriceEstimate> prices,
        Set<String> followerSample,
        AudienceProfile audience,
        Double relevance,
        Stated stated) {

    /**
     * Engagement a source file states for a creator without posts ({@code avg_likes}, {@code engagement_rate}):
     * the forecast and the engagement factor use it, each saying it is an estimate from stated data.
     *
     * @param engagementRate  the stated rate, a fraction, or null
     * @param meanEngagements stated likes + comments per post, or null
     * @param statedBy        "as stated by top.csv (avg_likes, 60d_eng_rate)"
     */
    public record Stated(Double engagementRate, Double meanEngagements, String statedBy) {
        public Stated {
            Objects.requireNonNull(statedBy, "statedBy");
        }

        /**
         * What the stored metrics of a creator without posts state, or null when they state nothing. Engagements
         * per post: average likes + average comments (0 when not stated) when likes are stated, else the stated
         * rate x followers (the rate is (likes + comments) / followers, as MicroScout's own rate is).
         */
        public static Stated of(io.microscout.metrics.CreatorMetrics m, long followers) {
            if (m == null || !m.stated()) {
                return null;
            }
            Double mean = m.averageLikes() != null
                    ? m.averageLikes() + (m.averageComments() == null ? 0 : m.averageComments())
                    : m.engagementRateMean() != null && followers > 0 ? m.engagementRateMean() * followers : null;
            Double rate = m.engagementRateMean() != null
                    ? m.engagementRateMean()
                    : mean != null && followers > 0 ? mean / followers : null;
            return mean == null && rate == null ? null : new Stated(rate, mean, m.statedBy());
        }
    }

    /** A candidate without stated engagement. */
    public PlanCandidate(
            CreatorKey creator,
            Tier tier,
            List<String> niches,
            String countryCode,
            String languageCode,
            long followers,
            Double authenticity,
            Double fit,
            long[] engagementHistory,
            Map<Deliverable, PriceEstimate> prices,
            Set<String> followerSample,
            AudienceProfile audience,
            Double relevance) {
        this(
                creator,
                tier,
                niches,
                countryCode,
                languageCode,
                followers,
                authenticity,
                fit,
                engagementHistory,
                prices,
                followerSample,
                audience,
                relevance,
                null);
    }

    public PlanCandidate {
        if (audience != null && audience.estimated()) {
            audience = null; // an estimate is BuyerModel's to make, from the country and language
        }
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(tier, "tier");
        niches = niches == null ? List.of() : List.copyOf(niches);
        engagementHistory = engagementHistory == null ? new long[0] : engagementHistory.clone();
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        followerSample = followerSample == null ? Set.of() : Set.copyOf(followerSample);
        for (Deliverable d : prices.keySet()) {
            if (d.platform() != creator.platform()) {
                throw new IllegalArgumentException(creator + " cannot offer a " + d.label());
            }
        }
    }

    public String mainNiche() {
        return niches.isEmpty() ? "general" : niches.get(0);
    }

    /** This candidate's {@link #engagementRate(long[], long)}; without posts, the stated rate, if any. */
    public Double engagementRate() {
        Double fromPosts = engagementRate(engagementHistory, followers);
        return fromPosts == null && stated != null ? stated.engagementRate() : fromPosts;
    }

    /** True when the engagement figures rest on a source's stated numbers (no posts). */
    public boolean engagementStated() {
        return engagementHistory.length == 0 && stated != null;
    }

    /** The engagement the forecast draws from: the posts', else the stated average, else unknown. */
    public EngagementHistory engagement() {
        if (engagementStated() && stated.meanEngagements() != null) {
            return EngagementHistory.stated(stated.meanEngagements(), stated.statedBy());
        }
        return EngagementHistory.of(engagementHistory);
    }

    /** Mean engagements per post over followers, or null without posts or followers. */
    public static Double engagementRate(long[] engagementHistory, long followers) {
        if (engagementHistory.length == 0 || followers <= 0) {
            return null;
        }
        double sum = 0;
        for (long e : engagementHistory) {
            sum += e;
        }
        return sum / engagementHistory.length / followers;
    }
}
