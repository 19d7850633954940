package io.microscout.authenticity;

/**
 * Confidence interval of a proportion from a sample: the Wilson score interval (E. B. Wilson, "Probable
 * inference, the law of succession, and statistical inference", JASA 22, 1927). Unlike the textbook
 * p ± z·sqrt(p(1-p)/n) it stays inside [0, 1] and keeps its coverage for small samples and shares near 0 or 1
 * (Agresti &amp; Coull, The American Statistician 52, 1998).
 */
public record WilsonInterval(double low, double high, double level) {
    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    public static WilsonInterval of95(long successes, long n) {
        return of(successes, n, Z95, 0.95);
    }

    public static WilsonInterval of(long successes, long n, double z, double level) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n > 0, got " + successes + " of " + n);
        }
        double p = successes / (double) n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }

    public double width() {
        return high - low;
    }
}
