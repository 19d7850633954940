package io.microscout.cli;

import io.microscout.metrics.CreatorMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A creator's metrics by name, in the order and with the names of {@link io.microscout.metrics.MetricFormulas}. */
final class MetricValues {
    /** Metrics that are rates (fractions), printed as percentages for people. */
    static final Set<String> RATES = Set.of(
            "engagementRateMean",
            "engagementRateMedian",
            "engagementRateByViewsMean",
            "engagementRateByViewsMedian",
            "followerGrowth30d",
            "followerGrowth90d",
            "engagementConsistency",
            "sponsoredShare");

    private MetricValues() {}

    static Map<String, Object> of(CreatorMetrics m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("postsAnalysed", m.postsAnalysed());
        v.put("engagementRateMean", m.engagementRateMean());
        v.put("engagementRateMedian", m.engagementRateMedian());
        v.put("engagementRateByViewsMean", m.engagementRateByViewsMean());
        v.put("engagementRateByViewsMedian", m.engagementRateByViewsMedian());
        v.put("averageLikes", m.averageLikes());
        v.put("medianLikes", m.medianLikes());
        v.put("averageComments", m.averageComments());
        v.put("medianComments", m.medianComments());
        v.put("averageViews", m.averageViews());
        v.put("medianViews", m.medianViews());
        v.put("postsPerWeek", m.postsPerWeek());
        v.put("followerGrowth30d", m.followerGrowth30d());
        v.put("followerGrowth90d", m.followerGrowth90d());
        v.put("engagementVolatility", m.engagementVolatility());
        v.put("engagementConsistency", m.engagementConsistency());
        v.put("commentToLikeRatio", m.commentToLikeRatio());
        v.put("sponsoredShare", m.sponsoredShare());
        return v;
    }

    /** A value for people: rates as percentages, counts without decimals, unknown as "unknown". */
    static String display(String metric, Object value) {
        if (value == null) {
            return "unknown";
        }
        if (RATES.contains(metric)) {
            return Rates.percent((Double) value);
        }
        if (value instanceof Double d) {
            return Math.abs(d) >= 100
                    ? String.format(java.util.Locale.ROOT, "%,.0f", d)
                    : String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }
}
