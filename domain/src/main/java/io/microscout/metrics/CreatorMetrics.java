package io.microscout.metrics;

import java.time.Instant;

/**
 * A creator's computed metrics over a window of recent posts. Every rate is a fraction (0.0171 means 1.71%).
 * A metric that cannot be computed is {@code null}, never 0. Formulas and their sources: {@link MetricFormulas}.
 *
 * @param window                    what the window was, in words ("last 12 posts older than 24 h")
 * @param postsAnalysed             posts inside the window
 * @param engagementRateMean        mean over posts of (likes + comments) / followers
 * @param engagementRateMedian      median over posts of (likes + comments) / followers
 * @param engagementRateByViewsMean mean over video posts of (likes + comments + shares + saves) / views
 * @param engagementRateByViewsMedian median of the same
 * @param postsPerWeek              posting cadence over the window's span
 * @param followerGrowth30d         relative change in followers over 30 days, from snapshots
 * @param followerGrowth90d         relative change in followers over 90 days, from snapshots
 * @param engagementVolatility      coefficient of variation of (likes + comments) across posts
 * @param engagementConsistency     share of posts whose engagement lies within half to twice the median
 * @param commentToLikeRatio        total comments / total likes
 * @param sponsoredShare            share of posts disclosed as sponsored
 * @param statedBy                  null when computed from posts; otherwise where the figures come from, for a
 *                                  creator without posts whose source file states them ("as stated by top.csv
 *                                  (avg_likes, 60d_eng_rate)", {@link io.microscout.creator.StatedEngagement})
 */
public record CreatorMetrics(
        String window,
        int postsAnalysed,
        Double engagementRateMean,
        Double engagementRateMedian,
        Double engagementRateByViewsMean,
        Double engagementRateByViewsMedian,
        Double averageLikes,
        Double medianLikes,
        Double averageComments,
        Double medianComments,
        Double averageViews,
        Double medianViews,
        Double postsPerWeek,
        Double followerGrowth30d,
        Double followerGrowth90d,
        Double engagementVolatility,
        Double engagementConsistency,
        Double commentToLikeRatio,
        Double sponsoredShare,
        Instant computedAt,
        String statedBy) {

    /** Metrics of a creator with no posts in the window: everything unknown. */
    public static CreatorMetrics none(String window, Instant computedAt) {
        return new CreatorMetrics(
                window,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                computedAt,
                null);
    }

    /**
     * Where the figures come from, as exports and views say it: "computed from posts", "as stated by FILE
     * (columns)", or null when there are none.
     */
    public String source() {
        return stated() ? statedBy : postsAnalysed > 0 ? "computed from posts" : null;
    }

    /** Whether the figures are a source file's statement rather than computed from posts. */
    public boolean stated() {
        return statedBy != null;
    }
}
