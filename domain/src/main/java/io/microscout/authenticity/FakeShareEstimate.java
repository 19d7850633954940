package io.microscout.authenticity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The share of fakes in an audience where a classifier flagged {@code flagged} of {@code n} sampled accounts, when
 * the classifier's error rates on this audience are not known exactly but vary from one population to another.
 *
 * <p>A hierarchical model, integrated on a grid: the audience's recall and false-positive rate are drawn from Beta
 * distributions with the mean and spread measured across left-out sources (method of moments), the classifier is
 * informative (recall &gt; false-positive rate), the true share has a uniform prior, and the flagged count is
 * binomial with rate {@code share x recall + (1 - share) x falsePositiveRate}. The estimate is the posterior median
 * and the interval its 2.5th to 97.5th percentiles (a 95% credible interval).
 *
 * <p>Why not Rogan–Gladen with the mean rates (Rogan &amp; Gladen 1978): the mean false-positive rate across
 * sources (0.19 for the shipped model) is pulled up by one population whose real accounts look fake (Purba 2020:
 * 0.42), and subtracting it calls every audience with fewer than 19% flagged accounts free of fakes. Here a flagged
 * share below a population's false-positive rate is itself evidence that the audience is not like that population
 * (its likelihood is small), so the rates that fit the sample weigh most (the spirit of Bayesian prevalence
 * estimation with an imperfect test: Joseph, Gyorkos &amp; Coupal, American Journal of Epidemiology 141, 1995).
 */
public record FakeShareEstimate(double share, WilsonInterval interval) {
    /** Grid resolution (MicroScout defaults: fine enough that the median moves by under half a point). */
    static final int SHARE_POINTS = 201;

    static final int RATE_POINTS = 40;
    private static final Map<String, FakeShareEstimate> CACHE = new ConcurrentHashMap<>();

    static FakeShareEstimate of(AccountClassifier.ErrorRates rates, int flagged, int n) {
        if (n <= 0 || flagged < 0 || flagged > n) {
            throw new IllegalArgumentException("need 0 <= flagged <= n and n > 0, got " + flagged + " of " + n);
        }
        String key = rates + "/" + flagged + "/" + n;
        FakeShareEstimate cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        FakeShareEstimate estimate = compute(rates, flagged, n);
        if (CACHE.size() < 100_000) {
            CACHE.put(key, estimate);
        }
        return estimate;
    }

    private static FakeShareEstimate compute(AccountClassifier.ErrorRates rates, int flagged, int n) {
        double[] recall = ratePoints(rates.recall(), rates.recallSd());
        double[] recallWeight = betaWeights(recall, rates.recall(), rates.recallSd());
        double[] fpr = ratePoints(rates.falsePositiveRate(), rates.falsePositiveRateSd());
        double[] fprWeight = betaWeights(fpr, rates.falsePositiveRate(), rates.falsePositiveRateSd());
        double[] posterior = new double[SHARE_POINTS];
        double[] logLik = new double[SHARE_POINTS * RATE_POINTS * RATE_POINTS];
        double max = Double.NEGATIVE_INFINITY;
        int idx = 0;
        for (int s = 0; s < SHARE_POINTS; s++) {
            double p = s / (double) (SHARE_POINTS - 1);
            for (int r = 0; r < RATE_POINTS; r++) {
                for (int f = 0; f < RATE_POINTS; f++, idx++) {
                    if (recall[r] <= fpr[f] || recallWeight[r] == 0 || fprWeight[f] == 0) {
                        logLik[idx] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    double q = p * recall[r] + (1 - p) * fpr[f];
                    double ll = flagged * Math.log(q)
                            + (n - flagged) * Math.log1p(-q)
                            + Math.log(recallWeight[r])
                            + Math.log(fprWeight[f]);
                    logLik[idx] = ll;
                    max = Math.max(max, ll);
                }
            }
        }
        idx = 0;
        double total = 0;
        for (int s = 0; s < SHARE_POINTS; s++) {
            double sum = 0;
            for (int k = 0; k < RATE_POINTS * RATE_POINTS; k++, idx++) {
                sum += Math.exp(logLik[idx] - max);
            }
            posterior[s] = sum;
            total += sum;
        }
        return new FakeShareEstimate(
                quantile(posterior, total, 0.5),
                new WilsonInterval(quantile(posterior, total, 0.025), quantile(posterior, total, 0.975), 0.95));
    }

    /** The share where the posterior's cumulative mass reaches {@code q}, interpolated between grid points. */
    private static double quantile(double[] mass, double total, double q) {
        double target = q * total;
        double cumulative = 0;
        for (int s = 0; s < mass.length; s++) {
            double next = cumulative + mass[s];
            if (next >= target && mass[s] > 0) {
                double within = (target - cumulative) / mass[s];
                double step = 1.0 / (mass.length - 1);
                return Math.max(0, Math.min(1, (s - 0.5 + within) * step));
            }
            cumulative = next;
        }
        return 1;
    }

    /**
     * {@link #RATE_POINTS} midpoints over the range where a rate with this mean and spread has its mass (six
     * standard deviations either side, within [0, 1]): over all of [0, 1] for a rate that varies between
     * populations, finely around it for one measured on a labelled sample (a spread of 0.02 would otherwise fall
     * between two points of a grid over [0, 1]).
     */
    private static double[] ratePoints(double mean, double sd) {
        double low = Math.max(0, mean - 6 * sd);
        double high = Math.min(1, mean + 6 * sd);
        if (high - low < 1e-3) {
            low = 0;
            high = 1; // an exact rate: betaWeights puts all its mass on the nearest point
        }
        double[] x = new double[RATE_POINTS];
        for (int i = 0; i < RATE_POINTS; i++) {
            x[i] = low + (i + 0.5) * (high - low) / RATE_POINTS;
        }
        return x;
    }

    /**
     * Beta(a, b) weights on the grid, by the method of moments from a mean and a standard deviation; a spread too
     * large for a Beta with that mean is capped at 90% of the largest possible variance.
     */
    private static double[] betaWeights(double[] x, double mean, double sd) {
        double m = Math.max(1e-4, Math.min(1 - 1e-4, mean));
        double variance = Math.min(sd * sd, 0.9 * m * (1 - m));
        double[] w = new double[x.length];
        if (variance <= 1e-6) {
            int nearest = 0;
            for (int i = 1; i < x.length; i++) {
                nearest = Math.abs(x[i] - m) < Math.abs(x[nearest] - m) ? i : nearest;
            }
            w[nearest] = 1;
            return w;
        }
        double concentration = m * (1 - m) / variance - 1;
        double a = m * concentration;
        double b = (1 - m) * concentration;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            w[i] = Math.exp((a - 1) * Math.log(x[i]) + (b - 1) * Math.log1p(-x[i]));
            sum += w[i];
        }
        for (int i = 0; i < x.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
