package io.microscout.authenticity;

import io.microscout.creator.Platform;

/**
 * Published engagement rates (by followers) to judge a creator's against, by platform and follower bracket
 * (domain.md). An engagement rate is judged against its own tier and platform, never one global number; where
 * no source gives a figure (YouTube, accounts under 1,000 followers) there is no benchmark, and the component
 * says so.
 */
public final class EngagementBenchmarks {

    /** A benchmark rate with the bracket it holds for and its source. */
    public record Benchmark(double rate, long fromFollowers, Long toFollowers, String source) {
    }

    private EngagementBenchmarks() {
    }

    /** The benchmark for an account of that platform and size, or null when none is published. */
    public static Benchmark of(Platform platform, Long followers) {
        if (followers == null || followers < 1_000) {
            return null;
        }
        switch (platform) {
            case INSTAGRAM:
                if (followers < 10_000) {
                    return new Benchmark(0.0278, 1_000, 10_000L,
                            "HypeAuditor State of Influencer Marketing 2023: Instagram nano (1k-10k) 2.78%");
                }
                if (followers < 20_000) {
                    return new Benchmark(0.0185, 10_000, 20_000L, "Statista 2023: Instagram, all tiers, 1.85%");
                }
                return new Benchmark(0.0158, 20_000, null,
                        "HypeAuditor 36k-influencer study: Instagram tiers from 20k to 1M+ at 1.54-1.62% (midpoint)");
            case TIKTOK:
                return followers < 10_000 ? new Benchmark(0.126, 1_000, 10_000L,
                        "HypeAuditor State of Influencer Marketing 2023: TikTok nano (1k-10k) 12.6%") : null;
            default:
                return null;
        }
    }
}
