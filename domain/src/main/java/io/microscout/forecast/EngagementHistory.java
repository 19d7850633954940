package io.microscout.forecast;

import java.util.Locale;

/**
 * A creator's own post-to-post engagement variation, as a lognormal fitted to its posts: ln(1 + engagements)
 * of each post has mean {@code logMean} and standard deviation {@code logSd} over {@code posts} posts.
 * With fewer than two posts the spread is unknown and a default of 1.0 is assumed (MicroScout's assumption);
 * with none, engagements cannot be forecast (every engagement figure is then unknown).
 */
public record EngagementHistory(int posts, double logMean, double logSd, double meanEngagements) {

    static final double DEFAULT_LOG_SD = 1.0; // assumption for a single post
    static final double MIN_LOG_SD = 0.05; // floor: posts never engage exactly alike

    public static EngagementHistory of(long[] engagementsPerPost) {
        int n = engagementsPerPost == null ? 0 : engagementsPerPost.length;
        if (n == 0) {
            return new EngagementHistory(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0, sumLog = 0;
        for (long e : engagementsPerPost) {
            if (e < 0) {
                throw new IllegalArgumentException("a post cannot have negative engagements: " + e);
            }
            sum += e;
            sumLog += Math.log1p(e);
        }
        double mean = sumLog / n;
        if (n == 1) {
            return new EngagementHistory(1, mean, DEFAULT_LOG_SD, sum);
        }
        double ss = 0;
        for (long e : engagementsPerPost) {
            double d = Math.log1p(e) - mean;
            ss += d * d;
        }
        return new EngagementHistory(n, mean, Math.max(MIN_LOG_SD, Math.sqrt(ss / (n - 1))), sum / n);
    }

    public boolean isKnown() {
        return posts > 0;
    }

    public String describe() {
        return posts == 0
                ? "no posts: engagements unknown"
                : String.format(
                        Locale.ROOT, "%d posts, mean %.0f engagements, log-sd %.2f", posts, meanEngagements, logSd);
    }
}
