package io.microscout.bench.booster;

import io.microscout.authenticity.FakeAccountTrainer;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost (xgboost4j 3.4) with the shipped booster's settings translated one to one: logistic loss, the same
 * rounds, depth, learning rate, L2 penalty (lambda), minimum child hessian (min_child_weight) and monotone
 * constraints; NaN is "missing" in both (each split learns where unknowns go). Histogram tree method, one thread.
 */
final class XgboostLearner {
    private final FakeAccountTrainer.Settings settings;

    XgboostLearner(FakeAccountTrainer.Settings settings) {
        this.settings = settings;
    }

    /** Trains on the rows; the returned function scores feature vectors (NaN = unknown) as probabilities. */
    java.util.function.Function<double[][], double[]> train(FakeAccountTrainer.TrainingRows rows) {
        try {
            DMatrix m = matrix(rows.x());
            float[] labels = new float[rows.y().length];
            float[] weights = new float[rows.w().length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = rows.y()[i];
                weights[i] = (float) rows.w()[i];
            }
            m.setLabel(labels);
            m.setWeight(weights);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("eta", settings.learningRate());
            params.put("max_depth", settings.maxDepth());
            params.put("lambda", settings.lambda());
            params.put("min_child_weight", settings.minChildHessian());
            params.put("tree_method", "hist");
            params.put("nthread", 1);
            params.put("seed", settings.seed());
            params.put("verbosity", 0);
            StringJoiner monotone = new StringJoiner(",", "(", ")");
            for (int c : rows.monotone()) {
                monotone.add(Integer.toString(c));
            }
            params.put("monotone_constraints", monotone.toString());
            Booster booster = XGBoost.train(m, params, settings.trees(), new HashMap<>(), null, null);
            m.dispose();
            return xs -> predict(booster, xs);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    private static double[] predict(Booster booster, double[][] xs) {
        try {
            DMatrix m = matrix(xs);
            float[][] p = booster.predict(m);
            m.dispose();
            double[] out = new double[p.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    private static DMatrix matrix(double[][] x) throws XGBoostError {
        int cols = x.length == 0 ? 0 : x[0].length;
        float[] flat = new float[x.length * cols];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < cols; c++) {
                flat[r * cols + c] = (float) x[r][c];
            }
        }
        return new DMatrix(flat, x.length, cols, Float.NaN);
    }
}
