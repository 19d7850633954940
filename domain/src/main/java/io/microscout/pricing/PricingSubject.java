package io.microscout.pricing;

import io.microscout.creator.CreatorKey;
import io.microscout.tier.Tier;
import java.util.Objects;

/**
 * What pricing needs to know of a creator.
 *
 * @param engagementRate mean engagement rate by followers (a fraction), or null when unknown
 * @param countryCode    ISO 3166-1 alpha-2, or null when unknown
 */
public record PricingSubject(CreatorKey key, Tier tier, long followers, Double engagementRate, String countryCode) {

    public PricingSubject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tier, "tier");
    }
}
