package io.microscout.bench.booster;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.FakeAccountTrainer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The XGBoost side of {@code bench booster} learns from the same rows, unknowns and monotone constraints. */
class XgboostLearnerTest {
    @Test
    void learnsARuleWithUnknownValuesAndRespectsTheMonotoneDirection() {
        Random r = new Random(7);
        int n = 2_000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble();
            x[i][1] = r.nextDouble() < 0.2 ? Double.NaN : r.nextDouble();
            y[i] = x[i][0] > 0.6 ? 1 : 0;
            w[i] = 1;
        }
        var learner = new XgboostLearner(FakeAccountTrainer.Settings.defaults());

        double[] p = learner.train(new FakeAccountTrainer.TrainingRows(x, y, w, new int[] {1, 0}))
                .apply(new double[][] {{0.9, Double.NaN}, {0.1, 0.5}, {0.7, 0.2}, {0.62, 0.2}});

        assertThat(p[0]).isGreaterThan(0.9);
        assertThat(p[1]).isLessThan(0.1);
        assertThat(p[2]).isGreaterThanOrEqualTo(p[3]);
    }
}
