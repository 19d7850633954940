package io.microscout.forecast;

import java.util.Locale;

/**
 * A creator's own post-to-post engagement variation, as a lognormal fitted to its posts: ln(1 + engagements)
 * of each post has mean {@code logMean} and standard deviation {@code logSd} over {@code posts} posts.
 * With fewer than two posts the spread is unknown and a default of 1.0 is assumed (MicroScout's assumption);
 * with none, engagements cannot be forecast (every engagement figure is then unknown), unless a source file
 * states the creator's average ({@link #stated}).
 *
 * @param statedBy null when fitted to posts; else where the stated average comes from ("as stated by top.csv
 *                 (avg_likes)"): the forecast then rests on a source's numbers, an estimate from stated data
 */
public record EngagementHistory(int posts, double logMean, double logSd, double meanEngagements, String statedBy) {

    static final double DEFAULT_LOG_SD = 1.0; // assumption for a single post
    static final double MIN_LOG_SD = 0.05; // floor: posts never engage exactly alike
    /**
     * MicroScout's assumption for a stated average: a source's figure hides the post-to-post spread (and its
     * window and formula are the source's), so it counts as one post of that many engagements with the
     * single-post default spread: P10-P90 of a post then spans about x0.16 to x6 of the average, wider than
     * any creator with two or more posts of a usual spread (log-sd 0.2-0.7).
     */
    static final double STATED_LOG_SD = DEFAULT_LOG_SD;

    public EngagementHistory(int posts, double logMean, double logSd, double meanEngagements) {
        this(posts, logMean, logSd, meanEngagements, null);
    }

    /**
     * The engagements per post a source file states (average likes + comments), for a creator without posts: one
     * observation with the {@link #STATED_LOG_SD} spread, marked as stated.
     */
    public static EngagementHistory stated(double meanEngagements, String statedBy) {
        if (!(meanEngagements >= 0) || Double.isInfinite(meanEngagements)) {
            throw new IllegalArgumentException("stated engagements must be >= 0, got " + meanEngagements);
        }
        return new EngagementHistory(
                1,
                Math.log1p(meanEngagements),
                STATED_LOG_SD,
                meanEngagements,
                java.util.Objects.requireNonNull(statedBy));
    }

    /** Whether the figures rest on a source's stated average rather than the creator's posts. */
    public boolean stated() {
        return statedBy != null;
    }

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
        if (stated()) {
            return String.format(
                    Locale.ROOT,
                    "engagements %s: %.0f per post, an estimate from stated data (no posts; its spread unknown, log-sd"
                            + " %.1f assumed: a wider interval)",
                    statedBy,
                    meanEngagements,
                    logSd);
        }
        return posts == 0
                ? "no posts: engagements unknown"
                : String.format(
                        Locale.ROOT, "%d posts, mean %.0f engagements, log-sd %.2f", posts, meanEngagements, logSd);
    }
}
