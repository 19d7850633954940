package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocAucTest {

    @Test
    void isOneWhenEveryPositiveOutscoresEveryNegative() {
        assertThat(RocAuc.of(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}))
                .isEqualTo(1.0);
    }

    @Test
    void isZeroWhenTheScoreIsReversed() {
        assertThat(RocAuc.of(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.0);
    }

    @Test
    void countsTheShareOfCorrectlyOrderedPairs() {
        // pairs (positive, negative): (0.35,0.1) ok, (0.35,0.4) wrong, (0.8,0.1) ok, (0.8,0.4) ok -> 3/4
        assertThat(RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void tiesCountOneHalf() {
        assertThat(RocAuc.of(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, false}))
                .isEqualTo(0.5);
    }

    @Test
    void isUnknownWithOnlyOneClass() {
        assertThat(RocAuc.of(new double[] {0.3, 0.6}, new boolean[] {true, true}))
                .isNull();
    }
}
