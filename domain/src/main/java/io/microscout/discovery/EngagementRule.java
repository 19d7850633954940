package io.microscout.discovery;

import io.microscout.metrics.CreatorMetrics;

import java.util.Locale;

/**
 * Engagement against its tier benchmark: {@code min(1, rate / benchmark / 2)}, so a creator at the benchmark scores
 * 0.5 and one at twice the benchmark or more scores 1. The median rate is used when known (robust to one viral post),
 * else the mean. Abnormally high engagement is vetting's concern (authenticity), not this rule's.
 */
final class EngagementRule {
    private EngagementRule() {
    }

    static Assessment assess(FitContext ctx) {
        CreatorMetrics m = ctx.profile().metrics();
        Double rate = m == null ? null : m.engagementRateMedian() != null ? m.engagementRateMedian() : m.engagementRateMean();
        String kind = m != null && m.engagementRateMedian() != null ? "median" : "mean";
        if (rate == null) {
            return Assessment.unknown("engagement rate unknown (no metrics over recent posts)");
        }
        var bench = EngagementBenchmarks.of(ctx.profile().creator().platform(), ctx.tier());
        if (bench.isEmpty()) {
            return Assessment.unknown(String.format(Locale.ROOT, "engagement %.2f%% (%s); no published benchmark for %s %s",
                    100 * rate, kind, ctx.profile().creator().platform().id(), ctx.tier() == null ? "" : ctx.tier().id()));
        }
        double ratio = rate / bench.get().rate();
        return new Assessment(Assessment.clamp(ratio / 2), String.format(Locale.ROOT,
                "engagement %.2f%% (%s), %.1fx the %s benchmark of %.2f%% (%s)", 100 * rate, kind, ratio,
                ctx.tier().id(), 100 * bench.get().rate(), bench.get().source()));
    }
}
