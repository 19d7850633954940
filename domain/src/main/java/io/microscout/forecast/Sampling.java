package io.microscout.forecast;

import java.util.SplittableRandom;

/**
 * The random draws the forecast needs, on a seeded {@link SplittableRandom} so that runs reproduce.
 * Gamma: Marsaglia and Tsang (2000); Beta from two Gammas; Binomial exact below 50 trials (or a rate above 10%
 * with a small mean), otherwise Poisson (Knuth) for a small mean and the normal approximation for a large one.
 */
public final class Sampling {
    private Sampling() {}

    static double gamma(SplittableRandom r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian(), v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom r, double a, double b) {
        double x = gamma(r, a);
        return x / (x + gamma(r, b));
    }

    /** Beta with this mean and concentration (a + b). */
    public static double betaMean(SplittableRandom r, double mean, double concentration) {
        return beta(r, mean * concentration, (1 - mean) * concentration);
    }

    static double chiSquare(SplittableRandom r, double k) {
        return 2 * gamma(r, k / 2);
    }

    static long poisson(SplittableRandom r, double mean) {
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double limit = Math.exp(-mean), p = 1;
        long k = -1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k;
    }

    public static long binomial(SplittableRandom r, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        double mean = n * p;
        if (n < 50 || (mean < 30 && p > 0.1)) {
            long k = 0;
            for (long i = 0; i < n; i++) {
                if (r.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        if (mean < 30) {
            return Math.min(n, poisson(r, mean));
        }
        double sd = Math.sqrt(mean * (1 - p));
        return Math.max(0, Math.min(n, Math.round(mean + sd * r.nextGaussian())));
    }
}
