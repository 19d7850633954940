package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains {@link BoostedTrees} for logistic loss, exact greedy split finding on pre-sorted features.
 * <ul>
 *   <li>Leaf values are Newton steps -G/(H+lambda) shrunk by the learning rate (XGBoost, Chen &amp; Guestrin 2016).</li>
 *   <li>Missing values: each split tries sending the rows whose feature is missing left and right and keeps
 *       the better; when a node saw no missing value, they follow the larger child (sparsity-aware splits).</li>
 *   <li>Monotone constraints: a split on a constrained feature must order its children's values that way,
 *       and the midpoint of the two bounds every node below it (XGBoost's monotone_constraints).</li>
 * </ul>
 * Deterministic: the same data and settings give the same trees.
 */
public final class TreeBooster {

    /**
     * @param trees           boosting rounds
     * @param maxDepth        depth of each tree (1 = stumps: an additive model)
     * @param learningRate    shrinkage of each tree
     * @param lambda          L2 penalty on leaf values
     * @param minChildHessian least hessian (≈ p(1-p) per row) a child must hold
     * @param monotone        per feature: +1 may only raise the output, -1 only lower it, 0 free
     */
    public record Settings(
            int trees, int maxDepth, double learningRate, double lambda, double minChildHessian, int[] monotone) {
        public Settings {
            if (trees < 1 || maxDepth < 1 || learningRate <= 0 || lambda < 0 || minChildHessian < 0) {
                throw new IllegalArgumentException("invalid booster settings");
            }
            monotone = monotone.clone();
        }
    }

    private TreeBooster() {}

    /** Fits a model of y (0/1) on x (rows of features, NaN = missing), each row weighted by w. */
    public static BoostedTrees train(double[][] x, int[] y, double[] w, Settings s) {
        int n = x.length;
        int d = s.monotone().length;
        double pos = 0;
        double all = 0;
        for (int i = 0; i < n; i++) {
            pos += w[i] * y[i];
            all += w[i];
        }
        double prior = Math.min(1 - 1e-6, Math.max(1e-6, pos / all));
        double base = Math.log(prior / (1 - prior));
        int[][] sorted = new int[d][];
        int[][] missing = new int[d][];
        for (int f = 0; f < d; f++) {
            final int ff = f;
            sorted[f] = java.util.stream.IntStream.range(0, n)
                    .filter(i -> !Double.isNaN(x[i][ff]))
                    .boxed()
                    .sorted((a, b) -> Double.compare(x[a][ff], x[b][ff]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            missing[f] = java.util.stream.IntStream.range(0, n)
                    .filter(i -> Double.isNaN(x[i][ff]))
                    .toArray();
        }
        double[] out = new double[n];
        Arrays.fill(out, base);
        double[] g = new double[n];
        double[] h = new double[n];
        List<RegressionTree> trees = new ArrayList<>();
        for (int t = 0; t < s.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = BoostedTrees.sigmoid(out[i]);
                g[i] = w[i] * (p - y[i]);
                h[i] = w[i] * Math.max(p * (1 - p), 1e-16);
            }
            RegressionTree tree = new TreeGrower(x, g, h, sorted, missing, s).grow();
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                out[i] += tree.predict(x[i]);
            }
        }
        return new BoostedTrees(base, trees, d);
    }
}
