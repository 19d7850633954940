package io.microscout.authenticity;

import java.util.Arrays;

/** Percentiles by linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7). */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-quantile (0..1) of the values; NaN for no values. */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
