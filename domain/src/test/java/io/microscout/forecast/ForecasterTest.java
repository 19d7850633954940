package io.microscout.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecasterTest {
    private static final Forecaster FORECASTER =
            new Forecaster(ForecastAssumptions.defaults().withDraws(1_000));

    private static ForecastSubject microReel(long... history) {
        return new ForecastSubject(
                CreatorKey.of(Platform.INSTAGRAM, "anna.bakes"),
                Tier.MICRO,
                40_000,
                Deliverable.INSTAGRAM_REEL,
                EngagementHistory.of(history),
                300);
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
        f.totals()
                .values()
                .forEach(i -> assertThat(i.p10()).isLessThanOrEqualTo(i.p50()).isLessThanOrEqualTo(i.p90()));
        assertThat(f.total(Figure.IMPRESSIONS).p50()).isBetween(5_000.0, 15_000.0); // 40k x 25% reach
    }

    @Test
    void fewerPostsGiveAWiderEngagementInterval() {
        Interval few =
                FORECASTER.forecast(List.of(microReel(800, 1_000, 900)), 1).total(Figure.ENGAGEMENTS);
        Interval many = FORECASTER
                .forecast(List.of(microReel(800, 1_000, 900, 800, 1_000, 900, 800, 1_000, 900, 800, 1_000, 900)), 1)
                .total(Figure.ENGAGEMENTS);
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
        assertThat(f.total(Figure.EMV).p50())
                .isCloseTo(6.50 * f.total(Figure.IMPRESSIONS).p50() / 1000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.emvFormula())
                .contains("CPM x impressions / 1000")
                .contains("6.50")
                .contains("Upfluence");
    }

    private static ForecastSubject withInMarket(double share, boolean estimated) {
        WhoCanBuy buyers = WhoCanBuy.of(
                List.of(new BuyerFactor(BuyerFactor.Kind.IN_MARKET, share, estimated ? 8 : 200, estimated, "test")));
        return new ForecastSubject(
                CreatorKey.of(Platform.INSTAGRAM, "anna.runs"),
                Tier.MICRO,
                90_000,
                Deliverable.INSTAGRAM_REEL,
                EngagementHistory.of(new long[] {800, 950, 620}),
                300,
                buyers);
    }

    @Test
    void conversionsScaleWithTheInMarketShareAndAnEstimatedShareWidensTheInterval() {
        Forecaster f = new Forecaster(ForecastAssumptions.defaults().withDraws(2_000));
        Interval measured = f.forecast(List.of(withInMarket(0.5, false)), 1).total(Figure.CLICKS);
        Interval estimated = f.forecast(List.of(withInMarket(0.5, true)), 1).total(Figure.CLICKS);
        Interval nobody = f.forecast(List.of(withInMarket(0.0, false)), 1).total(Figure.CONVERSIONS);
        double full = f.expected(withInMarket(1.0, false)).conversions();

        assertThat(f.expected(withInMarket(0.5, false)).conversions())
                .isCloseTo(full / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(estimated.p90() - estimated.p10()).isGreaterThan(measured.p90() - measured.p10());
        assertThat(nobody.p90()).isZero();
    }
}
