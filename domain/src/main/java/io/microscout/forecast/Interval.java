package io.microscout.forecast;

import static io.microscout.metrics.Stats.quantileOfSorted;

import java.util.Arrays;
import java.util.Locale;

/**
 * P10, P50 and P90 of a forecast figure: 8 in 10 outcomes are expected between p10 and p90. A bound that
 * is not finite (cost per conversion when no conversion is likely) is {@link Double#POSITIVE_INFINITY}.
 */
public record Interval(double p10, double p50, double p90) {

    public Interval {
        if (!(p10 <= p50) || !(p50 <= p90)) {
            throw new IllegalArgumentException("interval must be ordered, got " + p10 + " / " + p50 + " / " + p90);
        }
    }

    /** Percentiles of Monte Carlo draws (the array is sorted in place). NaN draws mean "unknown": null. */
    public static Interval of(double[] draws) {
        Arrays.sort(draws);
        if (draws.length == 0 || Double.isNaN(draws[draws.length - 1])) {
            return null;
        }
        return new Interval(
                quantileOfSorted(draws, 0.10), quantileOfSorted(draws, 0.50), quantileOfSorted(draws, 0.90));
    }

    public boolean contains(double value) {
        return value >= p10 && value <= p90;
    }

    public String describe(boolean money) {
        return fmt(p50, money) + " (" + fmt(p10, money) + "–" + fmt(p90, money) + ")";
    }

    /** A count or ratio as a marketer reads it: "42.0k", "1.25M", "3.10", "∞". */
    public static String count(double v) {
        return fmt(v, false);
    }

    static String fmt(double v, boolean money) {
        if (Double.isInfinite(v)) {
            return "∞";
        }
        if (money) {
            return io.microscout.pricing.Money.format(v);
        }
        double a = Math.abs(v);
        if (a >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (a >= 10_000) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return a >= 100 || v == Math.rint(v)
                ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
