package io.microscout.pricing;

import io.microscout.creator.Platform;
import io.microscout.tier.ByTier;
import io.microscout.tier.Tier;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rate card: what a deliverable costs by tier, format and country, and how engagement moves it.
 * {@link #defaults()} holds MicroScout's defaults with their sources; a user's own file replaces it whole.
 *
 * @param tierPrices           price of one Instagram photo post, USD, from the bottom to the top of each tier
 * @param formatPremiums       multiplier of each deliverable over that photo post (low–high)
 * @param countryFactors       multiplier by the creator's country (ISO 3166-1 alpha-2)
 * @param otherCountryFactor   multiplier for a country not in the table
 * @param engagementBenchmarks engagement rate by followers that counts as "normal" per platform and tier
 * @param engagementElasticity price moves as (rate / benchmark) ^ elasticity ...
 * @param engagementFactorLimits ... kept within these limits
 * @param rangeWidth           half-width of the price range, as a share of the tier's log-follower span
 * @param source               where this card came from ("MicroScout defaults" or a file)
 */
public record RateCard(
        Map<Tier, Range> tierPrices,
        Map<Deliverable, Range> formatPremiums,
        Map<String, Double> countryFactors,
        double otherCountryFactor,
        Map<Platform, Map<Tier, Double>> engagementBenchmarks,
        double engagementElasticity,
        Range engagementFactorLimits,
        double rangeWidth,
        String source) {

    public RateCard {
        tierPrices = Map.copyOf(tierPrices);
        formatPremiums = Map.copyOf(formatPremiums);
        countryFactors = Map.copyOf(countryFactors);
        engagementBenchmarks = Map.copyOf(engagementBenchmarks);
        Objects.requireNonNull(engagementFactorLimits, "engagementFactorLimits");
        for (Tier t : Tier.values()) {
            if (!tierPrices.containsKey(t)) {
                throw new IllegalArgumentException("rate card: tiers." + t.id() + " is missing");
            }
        }
        for (Deliverable d : Deliverable.values()) {
            if (!formatPremiums.containsKey(d)) {
                throw new IllegalArgumentException("rate card: deliverables." + d.id() + " is missing");
            }
        }
        if (!(rangeWidth >= 0 && rangeWidth <= 1)) {
            throw new IllegalArgumentException("rate card: range_width must be within 0..1, got " + rangeWidth);
        }
        if (!(engagementElasticity >= 0)) {
            throw new IllegalArgumentException("rate card: engagement.elasticity must be >= 0");
        }
        if (!(otherCountryFactor > 0)) {
            throw new IllegalArgumentException("rate card: countries.other must be > 0");
        }
    }

    /** The engagement benchmark of a platform and tier, or null when the card has none. */
    public Double benchmark(Platform platform, Tier tier) {
        Map<Tier, Double> byTier = engagementBenchmarks.get(platform);
        return byTier == null ? null : byTier.get(tier);
    }

    /** MicroScout's defaults. Each line names its source; "assumption" marks MicroScout's own choice. */
    public static RateCard defaults() {
        Map<Tier, Range> tiers = new EnumMap<>(Tier.class);
        // Published price-per-post ranges (industry usage, docs/sources.md): nano $10–100, micro $100–500,
        // mid $500–5k, macro $5k–10k, mega $10k+. Captiv8 puts 100–500k followers at about $5,000 per
        // Instagram post, the top of the mid range.
        tiers.put(Tier.NANO, Range.of(10, 100));
        tiers.put(Tier.MICRO, Range.of(100, 500));
        tiers.put(Tier.MID, Range.of(500, 5_000));
        tiers.put(Tier.MACRO, Range.of(5_000, 10_000));
        // "$10k+" has no top: assumption, $50k at the top of the mega span (10x the tier's start).
        tiers.put(Tier.MEGA, Range.of(10_000, 50_000));

        Map<Deliverable, Range> formats = new EnumMap<>(Deliverable.class);
        formats.put(Deliverable.INSTAGRAM_POST, Range.of(1.0, 1.0));
        // HypeAuditor: carousel 20–30% more than a photo post.
        formats.put(Deliverable.INSTAGRAM_CAROUSEL, Range.of(1.20, 1.30));
        // HypeAuditor: video 40–50% more than a photo post.
        formats.put(Deliverable.INSTAGRAM_REEL, Range.of(1.40, 1.50));
        // HypeAuditor: story with link 10–20% more (read here as: more than a photo post).
        formats.put(Deliverable.INSTAGRAM_STORY, Range.of(1.10, 1.20));
        // YouTube integration (a sponsored segment in a long-form video): HypeAuditor's video premium (+40–50%)
        // over the tier's post price, carried over to YouTube (assumption: no published per-platform card).
        formats.put(Deliverable.YOUTUBE_VIDEO, Range.of(1.40, 1.50));
        // YouTube dedicated video: the whole video is about the brand, "significantly more expensive" than an
        // integration (climbtheladder.com, "How Much Do Sponsors Pay on YouTube"); x2.5–3.5 of a post, about twice
        // an integration, is MicroScout's assumption.
        formats.put(Deliverable.YOUTUBE_DEDICATED, Range.of(2.50, 3.50));
        // YouTube Short: short-form like a TikTok video but with less reach per subscriber; priced at a photo post
        // to +20% (MicroScout's assumption).
        formats.put(Deliverable.YOUTUBE_SHORT, Range.of(1.00, 1.20));
        // TikTok video: HypeAuditor's video premium (+40–50%), assumption that it carries over to TikTok.
        formats.put(Deliverable.TIKTOK_VIDEO, Range.of(1.40, 1.50));

        return new RateCard(
                tiers,
                formats,
                CountryFactors.defaults(),
                1.0,
                benchmarks(),
                0.5,
                Range.of(0.5, 2.0),
                0.25,
                "MicroScout defaults");
    }

    private static Map<Platform, Map<Tier, Double>> benchmarks() {
        Map<Platform, Map<Tier, Double>> b = new EnumMap<>(Platform.class);
        // Instagram: HypeAuditor State of Influencer Marketing 2023, nano 2.78%; HypeAuditor 36k-influencer
        // study, tiers from 20k to 1M+ at 1.54–1.62% (midpoint 1.58%).
        b.put(Platform.INSTAGRAM, ByTier.of(0.0278, 0.0158, 0.0158, 0.0158, 0.0158));
        // TikTok: HypeAuditor 2023, nano 12.6%. Other tiers: assumption, half of it (no published figure).
        b.put(Platform.TIKTOK, ByTier.of(0.126, 0.063, 0.063, 0.063, 0.063));
        // YouTube: assumption, 3% of subscribers per video (no published figure; docs/sources.md).
        b.put(Platform.YOUTUBE, ByTier.of(0.03, 0.03, 0.03, 0.03, 0.03));
        return b;
    }

    /** A copy with other country factors (tests and the file reader build on the defaults). */
    public RateCard withCountryFactors(Map<String, Double> factors, double other) {
        return new RateCard(
                tierPrices,
                formatPremiums,
                new HashMap<>(factors),
                other,
                engagementBenchmarks,
                engagementElasticity,
                engagementFactorLimits,
                rangeWidth,
                source);
    }
}
