package io.microscout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.forecast.ForecastAssumptions;
import org.junit.jupiter.api.Test;

/** Generated truth (a smoke test of the learning, not a quality measure). */
class LearningCurveTest {

    @Test
    void forecastErrorFallsAsCampaignsAccumulate() {
        LearningCurve.Curve c = new LearningCurve(ForecastAssumptions.defaults().withDraws(200)).run(16, 10, 3);
        assertThat(c.error(0, 1, true))
                .as("before any result, learning is the defaults")
                .isEqualTo(c.error(0, 1, false));
        assertThat(c.error(5, 10, true)).isLessThan(0.85 * c.error(5, 10, false));
        assertThat(c.error(5, 10, 0, true)).as("impressions").isLessThan(0.7 * c.error(5, 10, 0, false));
    }
}
