package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    // 4 fakes (3 caught), 6 real (1 called fake)
    private final BinaryMetrics metrics = BinaryMetrics.of(
            new double[] {0.9, 0.8, 0.7, 0.2, 0.6, 0.1, 0.1, 0.2, 0.3, 0.4},
            new boolean[] {true, true, true, true, false, false, false, false, false, false},
            0.5);

    @Test
    void countsDecisionsAtTheThreshold() {
        assertThat(metrics.truePositives()).isEqualTo(3);
        assertThat(metrics.falsePositives()).isEqualTo(1);
        assertThat(metrics.accuracy()).isCloseTo(0.8, within(1e-12));
        assertThat(metrics.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(metrics.recall()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void precisionFallsWhenFakesAreRarerButRecallDoesNot() {
        // recall 0.75, false-positive rate 1/6; at 10% fakes: 0.075 / (0.075 + 0.15) = 1/3
        BinaryMetrics.PriorShifted rare = metrics.atPrior(0.10);
        assertThat(rare.recall()).isEqualTo(0.75);
        assertThat(rare.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(metrics.atPrior(0.4).precision()).isCloseTo(metrics.precision(), within(1e-12));
    }

    @Test
    void thresholdForRealisticAudiencesSeparatesCleanData() {
        double[] p = {0.95, 0.9, 0.85, 0.3, 0.2, 0.1, 0.05, 0.04};
        boolean[] fake = {true, true, true, false, false, false, false, false};
        double t = ThresholdChoice.choose(p, fake, ThresholdChoice.REALISTIC_FAKE_SHARES);
        assertThat(t).isGreaterThan(0.3).isLessThanOrEqualTo(0.85);
    }
}
