package io.microscout.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationCheckTest {

    @Test
    void eightyPercentIntervalsHoldTheOutcomeAboutEightyPercentOfTheTime() {
        CalibrationCheck.Result r =
                new CalibrationCheck(ForecastAssumptions.defaults().withDraws(1_000)).run(300, 7);
        assertThat(r.coverage()).containsKeys(Figure.IMPRESSIONS, Figure.ENGAGEMENTS, Figure.CONVERSIONS, Figure.ROI);
        assertThat(r.overall()).isBetween(CalibrationCheck.LOWEST, CalibrationCheck.HIGHEST);
        assertThat(r.passes())
                .as("every figure within 75-85%%: %s", r.coverage())
                .isTrue();
    }
}
