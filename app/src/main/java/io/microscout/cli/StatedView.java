package io.microscout.cli;

import io.microscout.creator.StatedEngagement;
import io.microscout.creator.StatedEngagement.Figure;
import io.microscout.metrics.CreatorMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engagement figures a source file states for a creator ({@link StatedEngagement}), with their source and
 * whether they are used: only when there are no posts to compute from; posts, where they exist, win.
 */
final class StatedView {
    /** The metric of {@link MetricValues} each stated figure stands in for. */
    static final Map<String, Figure> METRIC_OF = Map.of(
            "engagementRateMean", Figure.ENGAGEMENT_RATE,
            "averageLikes", Figure.AVG_LIKES,
            "averageComments", Figure.AVG_COMMENTS,
            "averageViews", Figure.AVG_VIEWS);

    private StatedView() {}

    /** Where a metric's value comes from when it is stated ("as stated by top.csv (avg_likes)"), else null. */
    static String sourceOf(String metric, StatedEngagement s, CreatorMetrics m) {
        Figure f = METRIC_OF.get(metric);
        return f == null || s == null || m == null || !m.stated() || s.value(f) == null ? null : s.describe(f);
    }

    /** Lines for the text form of {@code creator}; none when the sources state nothing. */
    static List<String> lines(StatedEngagement s, CreatorMetrics m) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        boolean used = m != null && m.stated();
        out.add("Engagement as stated by " + s.source() + " (imported " + s.importedAt() + "; not computed by"
                + " MicroScout): " + (used ? "used, since there are no posts" : "not used: posts win"));
        for (Figure f : Figure.values()) {
            Double v = s.value(f);
            if (v != null) {
                out.add(String.format(
                        "  %-28s %12s   %s",
                        f.label(),
                        f == Figure.ENGAGEMENT_RATE ? Rates.percent(v) : MetricValues.display("averageLikes", v),
                        s.describe(f)));
            }
        }
        return out;
    }

    /** The JSON of {@code creator --json}'s {@code statedEngagement}, or null when nothing is stated. */
    static Map<String, Object> json(StatedEngagement s, CreatorMetrics m) {
        if (s == null) {
            return null;
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("averageLikes", s.averageLikes());
        j.put("averageComments", s.averageComments());
        j.put("averageViews", s.averageViews());
        j.put("engagementRate", s.engagementRate());
        j.put("source", s.source());
        Map<String, String> columns = new LinkedHashMap<>();
        s.columns().forEach((f, c) -> columns.put(f.id(), c));
        j.put("columns", columns);
        j.put("importedAt", CatalogJson.time(s.importedAt()));
        j.put("statedBy", s.describe());
        j.put("used", m != null && m.stated());
        return j;
    }
}
