package io.microscout.web;

import static io.microscout.cli.common.ChartJs.chart;
import static io.microscout.cli.common.ChartJs.dataset;

import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import java.util.ArrayList;
import java.util.List;

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
        return chart("line", labels, List.of(dataset("followers", values)));
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
        return chart("bar", labels, List.of(dataset("engagement rate %", values)));
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
        return chart(
                "bar",
                labels,
                List.of(
                        dataset(figure.label() + " P10–P90", ranges),
                        dataset(
                                figure.label() + " P50",
                                medians,
                                "type",
                                "line",
                                "showLine",
                                false,
                                "pointRadius",
                                6)));
    }
}
