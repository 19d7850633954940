package io.microscout.authenticity;

/**
 * How well yes/no decisions at a threshold match the truth (positive = fake). Precision, recall and F1 are
 * null when undefined (nothing predicted positive, no positives).
 */
public record BinaryMetrics(
        double threshold,
        long truePositives,
        long falsePositives,
        long trueNegatives,
        long falseNegatives,
        double accuracy,
        Double precision,
        Double recall,
        Double f1,
        Double rocAuc) {

    public static BinaryMetrics of(double[] probabilities, boolean[] positive, double threshold) {
        double[] thresholds = new double[probabilities.length];
        java.util.Arrays.fill(thresholds, threshold);
        return of(probabilities, positive, thresholds, threshold);
    }

    /** Decisions at a threshold per row (each cross-validation fold has its own); reports {@code shown}. */
    public static BinaryMetrics of(double[] probabilities, boolean[] positive, double[] thresholds, double shown) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean predicted = probabilities[i] >= thresholds[i];
            if (predicted && positive[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (positive[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        Double precision = tp + fp == 0 ? null : tp / (double) (tp + fp);
        Double recall = tp + fn == 0 ? null : tp / (double) (tp + fn);
        return new BinaryMetrics(
                shown,
                tp,
                fp,
                tn,
                fn,
                (tp + tn) / (double) probabilities.length,
                precision,
                recall,
                f1(precision, recall),
                RocAuc.of(probabilities, positive));
    }

    /** False-positive rate: real accounts called fake, as a share of real accounts. */
    public Double falsePositiveRate() {
        return falsePositives + trueNegatives == 0 ? null : falsePositives / (double) (falsePositives + trueNegatives);
    }

    /** Share of real accounts called real (1 - false-positive rate); null without real accounts. */
    public Double specificity() {
        Double fpr = falsePositiveRate();
        return fpr == null ? null : 1 - fpr;
    }

    /**
     * The same decisions judged on an audience where a share {@code prior} of accounts is fake: recall and the
     * false-positive rate do not depend on the share, precision does (Bayes' rule). Equals, in expectation,
     * subsampling the fakes or the real accounts to that share.
     */
    public PriorShifted atPrior(double prior) {
        Double fpr = falsePositiveRate();
        if (recall == null || fpr == null) {
            return new PriorShifted(prior, null, recall, null, null);
        }
        double flagged = recall * prior + fpr * (1 - prior);
        Double p = flagged == 0 ? null : recall * prior / flagged;
        double accuracy = recall * prior + (1 - fpr) * (1 - prior);
        return new PriorShifted(prior, p, recall, f1(p, recall), accuracy);
    }

    /** Precision, recall, F1 and accuracy expected when a share {@code fakeShare} of accounts is fake. */
    public record PriorShifted(double fakeShare, Double precision, Double recall, Double f1, Double accuracy) {}

    static Double f1(Double precision, Double recall) {
        if (precision == null || recall == null || precision + recall == 0) {
            return precision == null || recall == null ? null : 0.0;
        }
        return 2 * precision * recall / (precision + recall);
    }
}
