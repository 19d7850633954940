package io.microscout.outreach.likelihood;

import java.util.ArrayList;
import java.util.List;

/**
 * How the predictions fared: predictions grouped in buckets of ten percentage points, each with its count, mean
 * predicted likelihood and the observed share of yes; and the Brier score (mean squared error of the probability,
 * Brier 1950) beside that of always predicting the observed base rate.
 */
public record Calibration(List<Bucket> buckets, int outcomes, double brier, double baseRateBrier, double observedRate) {
    public record Bucket(double from, double to, int count, double meanPredicted, double observedRate) {}

    public static Calibration of(List<RecordedOutcomes.Pair> pairs) {
        int[] n = new int[10];
        double[] predicted = new double[10];
        int[] yes = new int[10];
        double brier = 0;
        int yesTotal = 0;
        for (RecordedOutcomes.Pair p : pairs) {
            double q = p.prediction().probability();
            int b = Math.min(9, (int) Math.floor(q * 10));
            n[b]++;
            predicted[b] += q;
            int y = p.yes() ? 1 : 0;
            yes[b] += y;
            yesTotal += y;
            brier += (q - y) * (q - y);
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                buckets.add(new Bucket(b / 10.0, (b + 1) / 10.0, n[b], predicted[b] / n[b], (double) yes[b] / n[b]));
            }
        }
        int total = pairs.size();
        double rate = total == 0 ? Double.NaN : (double) yesTotal / total;
        return new Calibration(
                buckets,
                total,
                total == 0 ? Double.NaN : brier / total,
                total == 0 ? Double.NaN : rate * (1 - rate),
                rate);
    }
}
