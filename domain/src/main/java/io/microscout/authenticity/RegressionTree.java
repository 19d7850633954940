package io.microscout.authenticity;

import java.util.Arrays;

/**
 * One shallow regression tree of a {@link BoostedTrees} model, stored as flat arrays. Node 0 is the root.
 * A node with {@code feature[i] < 0} is a leaf. A value at or below the threshold goes left; a missing value
 * (NaN) goes the way learned for it in training ({@code missingLeft}), as in XGBoost's sparsity-aware split
 * finding (Chen &amp; Guestrin, KDD 2016, algorithm 3).
 *
 * @param value every node's output (leaves: the prediction; inner nodes: what the node would predict, used
 *              to attribute a prediction to the features on its path, Saabas's method)
 */
public record RegressionTree(
        int[] feature, double[] threshold, boolean[] missingLeft, int[] left, int[] right, double[] value) {

    public RegressionTree {
        int n = feature.length;
        if (threshold.length != n
                || missingLeft.length != n
                || left.length != n
                || right.length != n
                || value.length != n
                || n == 0) {
            throw new IllegalArgumentException("tree arrays must have the same, non-zero length");
        }
    }

    public int nodeCount() {
        return feature.length;
    }

    public double predict(double[] x) {
        int node = 0;
        while (feature[node] >= 0) {
            node = next(node, x);
        }
        return value[node];
    }

    /**
     * Adds to {@code contributions[f]} how much the splits on feature f moved this tree's output for x, and
     * returns the root's value (the part owed to no feature).
     */
    public double attribute(double[] x, double[] contributions) {
        int node = 0;
        while (feature[node] >= 0) {
            int child = next(node, x);
            contributions[feature[node]] += value[child] - value[node];
            node = child;
        }
        return value[0];
    }

    private int next(int node, double[] x) {
        double v = x[feature[node]];
        if (Double.isNaN(v)) {
            return missingLeft[node] ? left[node] : right[node];
        }
        return v <= threshold[node] ? left[node] : right[node];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionTree t
                && Arrays.equals(feature, t.feature)
                && Arrays.equals(threshold, t.threshold)
                && Arrays.equals(missingLeft, t.missingLeft)
                && Arrays.equals(left, t.left)
                && Arrays.equals(right, t.right)
                && Arrays.equals(value, t.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(feature) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "RegressionTree[" + nodeCount() + " nodes]";
    }
}
