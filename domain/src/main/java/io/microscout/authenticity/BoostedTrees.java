package io.microscout.authenticity;

import java.util.List;

/**
 * A gradient-boosted ensemble of shallow trees for a yes/no question: the sum of the trees' outputs plus a
 * base value is the log-odds of "yes" (Friedman, "Greedy function approximation", 2001; with XGBoost's
 * second-order leaf values and missing-value directions, Chen &amp; Guestrin 2016). Built by {@link TreeBooster}.
 */
public record BoostedTrees(double baseLogit, List<RegressionTree> trees, int featureCount) {

    public BoostedTrees {
        trees = List.copyOf(trees);
    }

    public double logit(double[] x) {
        requireLength(x);
        double sum = baseLogit;
        for (RegressionTree tree : trees) {
            sum += tree.predict(x);
        }
        return sum;
    }

    public double probability(double[] x) {
        return sigmoid(logit(x));
    }

    /**
     * The log-odds split into one part per feature plus a bias (the last element): the parts add up to
     * {@link #logit}. A positive part pushed towards "yes".
     */
    public double[] contributions(double[] x) {
        requireLength(x);
        double[] parts = new double[featureCount + 1];
        double bias = baseLogit;
        for (RegressionTree tree : trees) {
            bias += tree.attribute(x, parts);
        }
        parts[featureCount] = bias;
        return parts;
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private void requireLength(double[] x) {
        if (x.length != featureCount) {
            throw new IllegalArgumentException("expected " + featureCount + " features, got " + x.length);
        }
    }
}
