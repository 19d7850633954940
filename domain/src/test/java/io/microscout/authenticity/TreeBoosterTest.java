package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TreeBoosterTest {
    private static final double NaN = Double.NaN;

    private static TreeBooster.Settings settings(int... monotone) {
        return new TreeBooster.Settings(50, 2, 0.3, 1.0, 0.1, monotone);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    @Test
    void learnsAThresholdRule() {
        double[][] x = new double[40][];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i};
            y[i] = i >= 20 ? 1 : 0;
        }
        BoostedTrees model = TreeBooster.train(x, y, ones(40), settings(0));
        assertThat(model.probability(new double[] {5})).isLessThan(0.1);
        assertThat(model.probability(new double[] {35})).isGreaterThan(0.9);
    }

    @Test
    void sendsMissingValuesWhereTrainingRowsWithoutTheValueBelong() {
        // low x -> 0, high x -> 1, and rows with x missing are all positive: missing must score high
        double[][] x = new double[60][];
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            x[i] = new double[] {i < 40 ? i : NaN};
            y[i] = i >= 20 ? 1 : 0;
        }
        BoostedTrees model = TreeBooster.train(x, y, ones(60), settings(0));
        assertThat(model.probability(new double[] {NaN})).isGreaterThan(0.9);
        assertThat(model.probability(new double[] {3})).isLessThan(0.1);
    }

    @Test
    void monotoneConstraintForbidsABumpInTheData() {
        // positives rise with x except for a dip of negatives in the middle; constrained to +1 the model
        // must never score a larger x lower
        double[][] x = new double[90][];
        int[] y = new int[90];
        for (int i = 0; i < 90; i++) {
            x[i] = new double[] {i};
            y[i] = (i >= 30 && i < 45) || i >= 60 ? 1 : 0;
        }
        BoostedTrees constrained = TreeBooster.train(x, y, ones(90), settings(+1));
        double previous = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < 90; v++) {
            double p = constrained.probability(new double[] {v});
            assertThat(p).isGreaterThanOrEqualTo(previous - 1e-12);
            previous = p;
        }
        BoostedTrees free = TreeBooster.train(x, y, ones(90), settings(0));
        assertThat(free.probability(new double[] {50})).isLessThan(free.probability(new double[] {40}));
    }

    @Test
    void contributionsAddUpToTheLogOdds() {
        double[][] x = new double[40][];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i, i % 7 == 0 ? NaN : (i * 13) % 17};
            y[i] = i >= 20 ? 1 : 0;
        }
        BoostedTrees model = TreeBooster.train(x, y, ones(40), settings(0, 0));
        double[] probe = {25, NaN};
        assertThat(Arrays.stream(model.contributions(probe)).sum()).isCloseTo(model.logit(probe), within(1e-9));
    }

    @Test
    void sameDataAndSettingsGiveTheSameModel() {
        double[][] x = {{1, 2}, {2, 1}, {3, NaN}, {4, 0}, {5, 5}, {6, 1}};
        int[] y = {0, 0, 1, 0, 1, 1};
        assertThat(TreeBooster.train(x, y, ones(6), settings(0, 0)))
                .isEqualTo(TreeBooster.train(x, y, ones(6), settings(0, 0)));
    }
}
