package io.microscout.forecast;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecasterTest {
    private static final Forecaster FORECASTER = new Forecaster(ForecastAssumptions.defaults().withDraws(1_000));

    private static ForecastSubject microReel(long... history) {
        return new ForecastSubject(CreatorKey.of(Platform.INSTAGRAM, "anna.bakes"), Tier.MICRO, 40_000,
                Deliverable.INSTAGRAM_REEL, EngagementHistory.of(history), 300);
    }

    @Test
    void sameSeedGivesTheSameForecast() {
        ForecastSubject s = microReel(800, 950, 620, 1_400, 700, 1_100);
        assertThat(FORECASTER.forecast(List.of(s), 42)).isEqualTo(FORECASTER.forecast(List.of(s), 42));
        assertThat(FORECASTER.forecast(List.of(s), 42).total(Figure.ENGAGEMENTS))
                .isNotEqualTo(FORECASTER.forecast(List.of(s), 43).total(Figure.ENGAGEMENTS));
    }

    @Test
    void everyFigureHasOrderedPercentiles() {
        Forecast f = FORECASTER.forecast(List.of(microReel(800, 950, 620, 1_400, 700, 1_100)), 1);
        assertThat(f.totals().keySet()).contains(Figure.values());
        f.totals().values().forEach(i -> assertThat(i.p10()).isLessThanOrEqualTo(i.p50()).isLessThanOrEqualTo(i.p90()));
        assertThat(f.total(Figure.IMPRESSIONS).p50()).isBetween(5_000.0, 15_000.0);   // 40k x 25% reach
    }

    @Test
    void fewerPostsGiveAWiderEngagementInterval() {
        Interval few = FORECASTER.forecast(List.of(microReel(800, 1_000, 900)), 1).total(Figure.ENGAGEMENTS);
        Interval many = FORECASTER.forecast(List.of(microReel(800, 1_000, 900, 800, 1_000, 900, 800, 1_000, 900,
                800, 1_000, 900)), 1).total(Figure.ENGAGEMENTS);
        assertThat(few.p90() - few.p10()).isGreaterThan(many.p90() - many.p10());
    }

    @Test
    void creatorWithoutPostsHasUnknownEngagementsNotZero() {
        Forecast f = FORECASTER.forecast(List.of(microReel()), 1);
        assertThat(f.total(Figure.ENGAGEMENTS)).isNull();
        assertThat(f.total(Figure.CPE)).isNull();
        assertThat(f.total(Figure.IMPRESSIONS)).isNotNull();
    }

    @Test
    void emvIsUpfluenceCpmTimesImpressionsOverAThousand() {
        Forecast f = FORECASTER.forecast(List.of(microReel(900, 1_000)), 3);
        assertThat(f.total(Figure.EMV).p50()).isCloseTo(6.50 * f.total(Figure.IMPRESSIONS).p50() / 1000,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.emvFormula()).contains("CPM x impressions / 1000").contains("6.50").contains("Upfluence");
    }
}
