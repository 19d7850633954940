package io.microscout.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceProfile;
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
        Double relevance) {

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

    /** This candidate's {@link #engagementRate(long[], long)}. */
    public Double engagementRate() {
        return engagementRate(engagementHistory, followers);
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
