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
        Instant computedAt) {

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
                computedAt);
    }
}
