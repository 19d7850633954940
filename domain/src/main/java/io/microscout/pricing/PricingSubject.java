package io.microscout.pricing;

import io.microscout.creator.CreatorKey;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.tier.Tier;
import java.util.Objects;

/**
 * What pricing needs to know of a creator.
 *
 * @param engagementRate     mean engagement rate by followers (a fraction), or null when unknown
 * @param countryCode        ISO 3166-1 alpha-2, or null when unknown
 * @param engagementStatedBy null when the rate was computed from posts; else where it is stated ("as stated by
 *                           top.csv (60d_eng_rate)"), which the price's explanation repeats
 */
public record PricingSubject(
        CreatorKey key,
        Tier tier,
        long followers,
        Double engagementRate,
        String countryCode,
        String engagementStatedBy) {

    public PricingSubject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tier, "tier");
    }

    /** A subject whose engagement rate, if any, was computed from posts. */
    public PricingSubject(CreatorKey key, Tier tier, long followers, Double engagementRate, String countryCode) {
        this(key, tier, followers, engagementRate, countryCode, null);
    }

    /** A subject with the mean engagement rate of its metrics (computed, or stated by a source file). */
    public static PricingSubject of(CreatorKey key, Tier tier, long followers, CreatorMetrics m, String countryCode) {
        return new PricingSubject(
                key,
                tier,
                followers,
                m == null ? null : m.engagementRateMean(),
                countryCode,
                m == null || m.engagementRateMean() == null ? null : m.statedBy());
    }
}
