package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesTheTextbookValueForHalfOfTen() {
        WilsonInterval w = WilsonInterval.of95(5, 10);
        assertThat(w.low()).isCloseTo(0.2366, within(1e-4));
        assertThat(w.high()).isCloseTo(0.7634, within(1e-4));
    }

    @Test
    void staysInsideZeroToOneWhenNothingWasSeen() {
        WilsonInterval w = WilsonInterval.of95(0, 10);
        assertThat(w.low()).isEqualTo(0.0);
        assertThat(w.high()).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void narrowsAsTheSampleGrows() {
        assertThat(WilsonInterval.of95(800, 1000).width())
                .isLessThan(WilsonInterval.of95(24, 30).width() / 4);
    }
}
