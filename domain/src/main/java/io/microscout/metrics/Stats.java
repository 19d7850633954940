package io.microscout.metrics;

import java.util.Arrays;

/** Small descriptive statistics over primitive arrays; each returns null when it is not defined. */
public final class Stats {
    private Stats() {
    }

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
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2.0;
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
