package io.microscout.metrics;

import java.util.Arrays;

/** Small descriptive statistics over primitive arrays; each returns null when it is not defined. */
public final class Stats {
    private Stats() {}

    public static Double mean(double[] v, int n) {
        if (n == 0) {
            return null;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i];
        }
        return s / n;
    }

    /** Median of the first n values; sorts a copy. */
    public static Double median(double[] v, int n) {
        if (n == 0) {
            return null;
        }
        double[] c = Arrays.copyOf(v, n);
        Arrays.sort(c);
        return quantileOfSorted(c, 0.5);
    }

    /** The p-quantile (0..1) of the values, NaN for none; sorts a copy. */
    public static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, p);
    }

    /** The median of the values, NaN for none; sorts a copy. */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The p-quantile (0..1) of values already sorted ascending: linear interpolation between order statistics
     * (Hyndman &amp; Fan 1996, definition 7, the default of R and NumPy). An infinite neighbour, or two equal
     * ones, gives the upper value itself (no inf - inf).
     */
    public static double quantileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        if (Double.isInfinite(sorted[hi]) || sorted[lo] == sorted[hi]) {
            return sorted[hi];
        }
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Sample standard deviation / mean; null below 3 values or when the mean is 0. */
    public static Double coefficientOfVariation(double[] v, int n) {
        if (n < 3) {
            return null;
        }
        double mean = mean(v, n);
        if (mean == 0) {
            return null;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = v[i] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1)) / mean;
    }
}
