package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.StatedEngagement;
import io.microscout.forecast.BuyerFactor;
import io.microscout.forecast.Figure;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.forecast.Interval;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Quotes;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A creator known only from a spreadsheet's stated averages (no posts) is forecast from those numbers, says so, and
 * gets a wider engagement interval than a creator whose posts show the same average (issue 12).
 */
class StatedEngagementForecastTest {
    private static final String STATED_BY = "as stated by top.csv (avg_likes, avg_comments, 60d_eng_rate)";
    private static final Forecaster FORECASTER = new Forecaster(ForecastAssumptions.defaults());

    private static PlanCandidate candidate(String handle, long[] posts, PlanCandidate.Stated stated) {
        return new PlanCandidate(
                CreatorKey.parse("instagram:" + handle),
                Tier.MICRO,
                List.of("food"),
                "DE",
                "de",
                20_000,
                90.0,
                0.8,
                posts,
                Map.of(
                        Deliverable.INSTAGRAM_POST,
                        new PriceEstimate(150, 200, 260, PriceEstimate.Basis.ESTIMATE, List.of())),
                null,
                null,
                0.6,
                stated);
    }

    private static final PlanCandidate FROM_SPREADSHEET =
            candidate("sheet.only", new long[0], new PlanCandidate.Stated(0.03, 600.0, STATED_BY));
    private static final PlanCandidate FROM_POSTS =
            candidate("has.posts", new long[] {520, 610, 580, 660, 600, 630, 570, 640, 590, 600}, null);

    private static Interval engagements(PlanCandidate c) {
        ForecastSubject s = new ForecastSubject(
                c.creator(), c.tier(), c.followers(), Deliverable.INSTAGRAM_POST, c.engagement(), 200);
        return FORECASTER.forecast(List.of(s), 7).perSubject().get(0).get(Figure.ENGAGEMENTS);
    }

    private static PlanBrief sales(double budget) {
        return new PlanBrief(
                "test",
                budget,
                Objective.SALES,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void theStatedAverageIsForecastWithAWiderIntervalThanPostsShowingTheSameAverage() {
        Interval stated = engagements(FROM_SPREADSHEET);
        Interval posts = engagements(FROM_POSTS);

        assertThat(stated).as("forecast from the stated average, not unknown").isNotNull();
        assertThat(stated.p50()).isCloseTo(600, within(600 * 0.35));
        assertThat(stated.p90() / stated.p10()).isGreaterThan(4 * posts.p90() / posts.p10());
        assertThat(engagements(candidate("nothing.known", new long[0], null)))
                .as("neither posts nor stated figures: unknown, never 0")
                .isNull();
    }

    @Test
    void theEngagementFactorAndThePlanSayTheFigureRestsOnAStatedNumber() {
        BuyerFactor factor = BuyerModel.defaults().engagement(FROM_SPREADSHEET);
        assertThat(factor.estimated()).isTrue();
        assertThat(factor.describe())
                .contains("engagement 3.00%")
                .contains(STATED_BY)
                .contains("an estimate from stated data");
        assertThat(BuyerModel.defaults().engagement(FROM_POSTS).estimated()).isFalse();

        CandidateSource one = new CandidateSource() {
            @Override
            public List<PlanCandidate> candidatesFor(PlanBrief brief) {
                return List.of(FROM_SPREADSHEET);
            }

            @Override
            public String describe() {
                return "one creator from a spreadsheet";
            }

            @Override
            public boolean synthetic() {
                return false;
            }
        };
        Plan plan = new PlanningService(
                        one,
                        Quotes.none(),
                        ForecastAssumptions.defaults().withDraws(500),
                        AudienceOverlap.defaults(),
                        3)
                .plan(sales(1_000));

        assertThat(plan.selections()).singleElement().satisfies(s -> {
            assertThat(s.reason())
                    .contains("rests on a source's stated numbers")
                    .contains(STATED_BY)
                    .contains("600 per post, an estimate from stated data")
                    .contains("log-sd 1.0 assumed");
            assertThat(s.forecast()).containsKey(Figure.ENGAGEMENTS);
        });
    }

    @Test
    void statedFiguresComeFromTheStoredMetricsOfACreatorWithoutPosts() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        Creator c = Creator.builder(CreatorKey.parse("instagram:sheet.only"))
                .followers(20_000L)
                .stated(new StatedEngagement(
                        550.0,
                        50.0,
                        null,
                        0.0139,
                        "top.csv",
                        Map.of(StatedEngagement.Figure.ENGAGEMENT_RATE, "60d_eng_rate"),
                        now))
                .build();
        CreatorMetrics m = new MetricsCalculator(MetricsWindow.defaults()).compute(c, List.of(), List.of(), now);

        PlanCandidate.Stated stated = PlanCandidate.Stated.of(m, 20_000);

        assertThat(stated.meanEngagements()).isEqualTo(600.0);
        assertThat(stated.engagementRate()).isEqualTo(0.0139);
        assertThat(stated.statedBy()).contains("top.csv").contains("60d_eng_rate");
        CreatorMetrics computed = new MetricsCalculator(MetricsWindow.defaults())
                .compute(Creator.builder(c.key()).followers(20_000L).build(), List.of(), List.of(), now);
        assertThat(PlanCandidate.Stated.of(computed, 20_000)).isNull();
    }
}
