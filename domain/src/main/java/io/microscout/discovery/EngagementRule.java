package io.microscout.discovery;

import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.EngagementBenchmarks;
import java.util.Locale;

/**
 * Engagement against the published benchmark of its platform and follower bracket (the product's one table,
 * {@link EngagementBenchmarks}): {@code min(1, rate / benchmark / 2)}, so a creator at the benchmark scores
 * 0.5 and one at twice the benchmark or more scores 1. The median rate is used when known (robust to one viral post),
 * else the mean; for a creator without posts, the rate its source file states, said to be so. Abnormally high engagement is vetting's concern (authenticity), not this rule's.
 */
final class EngagementRule {
    private EngagementRule() {}

    static Assessment assess(FitContext ctx) {
        CreatorMetrics m = ctx.profile().metrics();
        Double rate =
                m == null ? null : m.engagementRateMedian() != null ? m.engagementRateMedian() : m.engagementRateMean();
        String kind = m != null && m.stated()
                ? m.statedBy() + ", not computed: no posts"
                : m != null && m.engagementRateMedian() != null ? "median" : "mean";
        if (rate == null) {
            return Assessment.unknown("engagement rate unknown (no metrics over recent posts)");
        }
        Long followers = ctx.profile().creator().followers();
        var bench = EngagementBenchmarks.of(ctx.profile().creator().platform(), followers);
        if (bench.isEmpty()) {
            return Assessment.unknown(String.format(
                    Locale.ROOT,
                    "engagement %.2f%% (%s); no published benchmark for %s accounts of %s followers",
                    100 * rate,
                    kind,
                    ctx.profile().creator().platform().id(),
                    followers == null ? "unknown" : String.format(Locale.ROOT, "%,d", followers)));
        }
        double ratio = rate / bench.get().rate();
        return new Assessment(
                Assessment.clamp(ratio / 2),
                String.format(
                        Locale.ROOT,
                        "engagement %.2f%% (%s), %.1fx the benchmark of %.2f%% (%s)",
                        100 * rate,
                        kind,
                        ratio,
                        100 * bench.get().rate(),
                        bench.get().source()));
    }
}
