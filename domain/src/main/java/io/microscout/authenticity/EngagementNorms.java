package io.microscout.authenticity;

import io.microscout.metrics.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * What normal engagement looks like, measured on real accounts' post series: the spread, across accounts, of
 * engagement volatility (coefficient of variation of likes + comments over the {@link #WINDOW} most recent
 * posts, {@link io.microscout.metrics.Stats#coefficientOfVariation}) and of comments per like. The bands [p2.5, p97.5] hold 95% of real accounts; the shipped bands are in
 * {@link NormalEngagement}, measured by {@code ./microscout eval engagement --data DIR} on InstaFake's 700 real
 * accounts with post series.
 */
public record EngagementNorms(int accounts, Band volatility, Band commentsPerLike) {
    /** Posts per account looked at: the most recent ones, as many as the catalog's default metrics window. */
    public static final int WINDOW =
            io.microscout.metrics.MetricsWindow.defaults().lastPosts();
    /** Fewest posts an account needs to be measured. */
    public static final int MIN_POSTS = 6;

    /** The 2.5th, 50th and 97.5th percentiles of a measure across accounts. */
    public record Band(double p2_5, double median, double p97_5) {
        static Band of(double[] values) {
            return new Band(Stats.quantile(values, 0.025), Stats.median(values), Stats.quantile(values, 0.975));
        }
    }

    public static EngagementNorms measure(List<EngagementSeries> series) {
        List<Double> cv = new ArrayList<>();
        List<Double> cpl = new ArrayList<>();
        for (EngagementSeries s : series) {
            int n = Math.min(WINDOW, s.posts());
            if (n < MIN_POSTS) {
                continue;
            }
            double[] engagement = new double[n];
            long likes = 0;
            long comments = 0;
            for (int i = 0; i < n; i++) {
                engagement[i] = s.likes()[i] + s.comments()[i];
                likes += s.likes()[i];
                comments += s.comments()[i];
            }
            Double v = io.microscout.metrics.Stats.coefficientOfVariation(engagement, engagement.length);
            if (v != null) {
                cv.add(v);
            }
            if (likes > 0) {
                cpl.add(comments / (double) likes);
            }
        }
        return new EngagementNorms(cv.size(), Band.of(toArray(cv)), Band.of(toArray(cpl)));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
