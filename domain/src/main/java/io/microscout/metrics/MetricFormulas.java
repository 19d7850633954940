package io.microscout.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every catalog metric's formula in words, with its source: what {@code creator} prints beside each number.
 * The computation is {@link MetricsCalculator}; this is the one place the definitions are written down.
 */
public final class MetricFormulas {

    /** Metric name (as in JSON) to its formula and source. */
    public static final Map<String, String> FORMULAS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("postsAnalysed", "posts in the window (see 'window')");
        m.put(
                "engagementRateMean",
                "mean over posts of (likes + comments) / followers"
                        + " — the definition of GRIN, Upfluence and HypeAuditor (docs/sources.md)");
        m.put(
                "engagementRateMedian",
                "median over posts of (likes + comments) / followers"
                        + " — less swayed by one viral post; Modash's API offers both");
        m.put(
                "engagementRateByViewsMean",
                "mean over video posts with views of"
                        + " (likes + comments + shares + saves) / views, unknown counts left out of the sum");
        m.put("engagementRateByViewsMedian", "median over video posts of the same");
        m.put("averageLikes", "mean likes per post");
        m.put("medianLikes", "median likes per post");
        m.put("averageComments", "mean comments per post");
        m.put("medianComments", "median comments per post");
        m.put("averageViews", "mean views per video post");
        m.put("medianViews", "median views per video post");
        m.put("postsPerWeek", "(posts in window - 1) / days between the oldest and newest of them x 7");
        m.put(
                "followerGrowth30d",
                "(followers now - followers 30 days ago) / followers 30 days ago,"
                        + " from snapshots within 7 days of that date");
        m.put(
                "followerGrowth90d",
                "(followers now - followers 90 days ago) / followers 90 days ago,"
                        + " from snapshots within 14 days of that date");
        m.put(
                "engagementVolatility",
                "coefficient of variation of (likes + comments) across posts:"
                        + " standard deviation / mean (at least 3 posts)");
        m.put(
                "engagementConsistency",
                "share of posts whose likes + comments lie between half and twice" + " the median (at least 3 posts)");
        m.put("commentToLikeRatio", "total comments / total likes over the window");
        m.put("sponsoredShare", "posts disclosed as sponsored (#ad, #sponsored, paid partnership) / posts");
        FORMULAS = java.util.Collections.unmodifiableMap(m);
    }

    private MetricFormulas() {}

    public static String of(String metric) {
        String f = FORMULAS.get(metric);
        if (f == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'");
        }
        return f;
    }
}
