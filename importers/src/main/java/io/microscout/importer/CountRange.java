package io.microscout.importer;

/**
 * The range of a plausible count. An account's or a post's count (followers, following, posts, likes,
 * views of one video) is 0 to 10^11: the largest real ones are a few times 10^8 followers and ~10^10 views of
 * one video. A lifetime total of a channel (total views, total likes) may be larger: the most viewed YouTube
 * channel has 2.28 x 10^11 lifetime views (Global YouTube Statistics 2023, see docs/importers.md), so its
 * bound is 10^13. Anything larger is a broken cell (1e30, an overflow), not an account.
 */
public final class CountRange {
    /** 10^11, for the counts of an account or a post. */
    public static final long MAX = 100_000_000_000L;
    /** 10^13, for lifetime totals (total views, total likes). */
    public static final long MAX_LIFETIME = 10_000_000_000_000L;

    private CountRange() {}

    /** Null when the count is at least 0 and at most {@code max}, else why not, in plain words. */
    public static String problem(double count, long max) {
        if (Double.isNaN(count) || Double.isInfinite(count)) {
            return "is not a number";
        }
        if (count < 0) {
            return "is negative; a count is at least 0";
        }
        if (count > max) {
            return "is above " + String.format(java.util.Locale.ROOT, "%,d", max)
                    + ", more than any account has; the cell looks broken";
        }
        return null;
    }
}
