package io.microscout.discovery;

import io.microscout.creator.Platform;
import io.microscout.tier.Tier;

import java.util.Optional;

/**
 * Published engagement-rate benchmarks (likes + comments over followers) by platform and tier, from domain.md.
 * An engagement rate is judged against its own tier and platform, never against one global number.
 */
public final class EngagementBenchmarks {

    /** A benchmark rate (fraction) with where it was published. */
    public record Benchmark(double rate, String source) {
    }

    private EngagementBenchmarks() {
    }

    /** The benchmark for this platform and tier, or empty when none is published (YouTube: none by followers). */
    public static Optional<Benchmark> of(Platform platform, Tier tier) {
        if (platform == null || tier == null) {
            return Optional.empty();
        }
        switch (platform) {
            case INSTAGRAM:
                if (tier == Tier.NANO) {
                    return Optional.of(new Benchmark(0.0278, "HypeAuditor State of Influencer Marketing 2023, Instagram nano"));
                }
                // HypeAuditor's 36k-influencer study: every tier from 20k to 1M+ sits at 1.54-1.62%; midpoint.
                return Optional.of(new Benchmark(0.0158, "HypeAuditor 36k-influencer study, Instagram 20k-1M+ (1.54-1.62%)"));
            case TIKTOK:
                // The only published TikTok figure in domain.md; used for every tier, and said so.
                return Optional.of(new Benchmark(0.126, "HypeAuditor 2023, TikTok nano (the only published TikTok tier)"));
            default:
                return Optional.empty();
        }
    }
}
