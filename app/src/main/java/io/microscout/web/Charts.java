package io.microscout.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as JSON, put in a {@code data-chart} attribute (HTML-escaped by the template) and drawn
 * by /static/app.js: no inline script, so the Content-Security-Policy can forbid them.
 */
final class Charts {
    private Charts() {}

    static String followers(List<FollowerSnapshot> snapshots) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (FollowerSnapshot s : snapshots) {
            labels.add(s.at().toString().substring(0, 10));
            values.add(s.followers());
        }
        return json(Map.of(
                "type",
                "line",
                "data",
                Map.of("labels", labels, "datasets", List.of(Map.of("label", "followers", "data", values)))));
    }

    /**
     * Engagement rate by followers per post, oldest first: (likes + comments) / followers, as
     * metrics.MetricFormulas' engagement rate (followers at import time; a post without counts is left out).
     */
    static String engagement(List<Post> newestFirst, Long followers) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (followers != null && followers > 0) {
            for (int i = Math.min(30, newestFirst.size()) - 1; i >= 0; i--) {
                Post p = newestFirst.get(i);
                if (p.likes() == null) {
                    continue;
                }
                long interactions = p.likes() + (p.comments() == null ? 0 : p.comments());
                labels.add(
                        p.publishedAt() == null
                                ? p.platformPostId()
                                : p.publishedAt().toString().substring(0, 10));
                values.add(Math.round(10_000.0 * interactions / followers) / 100.0);
            }
        }
        return json(Map.of(
                "type",
                "bar",
                "data",
                Map.of("labels", labels, "datasets", List.of(Map.of("label", "engagement rate %", "data", values)))));
    }

    /** Micro only vs one macro vs best mix: the objective's P10–P90 as a floating bar, P50 as a point. */
    static String comparison(BudgetComparison c, Figure figure) {
        List<String> labels = List.of("micro creators only", "one macro creator", "best mix");
        List<Object> ranges = new ArrayList<>();
        List<Object> medians = new ArrayList<>();
        for (Plan p : List.of(c.microOnly(), c.oneMacro(), c.bestMix())) {
            Interval iv = p.selections().isEmpty() ? null : p.totals().total(figure);
            ranges.add(iv == null ? null : List.of(iv.p10(), iv.p90()));
            medians.add(iv == null ? null : iv.p50());
        }
        return json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        labels,
                        "datasets",
                        List.of(
                                Map.of("label", figure.label() + " P10–P90", "data", ranges),
                                Map.of(
                                        "type",
                                        "line",
                                        "label",
                                        figure.label() + " P50",
                                        "data",
                                        medians,
                                        "showLine",
                                        false,
                                        "pointRadius",
                                        6)))));
    }

    private static String json(Object o) {
        try {
            return WebServer.JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
