package io.microscout.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void quantilesInterpolateBetweenOrderStatisticsAsRAndNumPyDo() {
        double[] values = {7, 1, 3, 5};
        assertThat(Stats.quantile(values, 0.5)).isEqualTo(4.0);
        assertThat(Stats.quantile(values, 0.1)).isCloseTo(1.6, within(1e-12));
        assertThat(Stats.quantile(values, 1.0)).isEqualTo(7.0);
        assertThat(values).containsExactly(7, 1, 3, 5);
    }

    @Test
    void anInfiniteUpperNeighbourIsTakenAsItIs() {
        assertThat(Stats.quantileOfSorted(new double[] {1, Double.POSITIVE_INFINITY}, 0.5))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void theMedianOfTheFirstValuesAndOfAllAgree() {
        double[] values = {9, 2, 4, 100};
        assertThat(Stats.median(values, 3)).isEqualTo(4.0);
        assertThat(Stats.median(values)).isEqualTo(6.5);
        assertThat(Stats.median(new double[0], 0)).isNull();
        assertThat(Stats.median(new double[0])).isNaN();
    }
}
