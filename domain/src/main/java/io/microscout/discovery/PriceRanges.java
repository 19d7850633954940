package io.microscout.discovery;

import io.microscout.tier.Tier;

/**
 * A creator's likely fee per post, by tier, until the pricing feature estimates it per creator (a creator's own
 * quote always overrides). Ranges from docs/sources.md ("Cost", industry usage): nano $10-100, micro $100-500 (some sources up to
 * $1,000), mid $500-5k, macro $5k-10k, mega $10k+ (upper end taken as $50k here, an assumption).
 */
public final class PriceRanges {

    /** A fee range in US dollars per post. */
    public record PriceRange(double low, double high) {}

    private PriceRanges() {}

    public static PriceRange of(Tier tier) {
        switch (tier) {
            case NANO:
                return new PriceRange(10, 100);
            case MICRO:
                return new PriceRange(100, 500);
            case MID:
                return new PriceRange(500, 5_000);
            case MACRO:
                return new PriceRange(5_000, 10_000);
            default:
                return new PriceRange(10_000, 50_000);
        }
    }
}
