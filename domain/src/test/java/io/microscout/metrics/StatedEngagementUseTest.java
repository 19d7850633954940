package io.microscout.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.creator.StatedEngagement;
import io.microscout.creator.StatedEngagement.Figure;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures a spreadsheet states stand in where there are no posts, and say where they come from; posts win. */
class StatedEngagementUseTest {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final CreatorKey ANNA = CreatorKey.parse("instagram:anna");
    static final StatedEngagement STATED = new StatedEngagement(
            900.0,
            30.0,
            null,
            0.031,
            "top.csv",
            Map.of(
                    Figure.AVG_LIKES,
                    "avg_likes",
                    Figure.AVG_COMMENTS,
                    "avg_comments",
                    Figure.ENGAGEMENT_RATE,
                    "60d_eng_rate"),
            NOW.minusSeconds(3_600));

    private final MetricsCalculator calculator = new MetricsCalculator(MetricsWindow.defaults());

    private static Creator anna() {
        return Creator.builder(ANNA).followers(30_000L).stated(STATED).build();
    }

    private static List<Post> posts(long likes) {
        return List.of(post(1, likes), post(2, likes), post(3, likes));
    }

    private static Post post(int i, long likes) {
        return new Post(
                ANNA,
                "p" + i,
                NOW.minusSeconds(86_400L * (1 + i)),
                PostFormat.PHOTO,
                "",
                null,
                null,
                likes,
                0L,
                null,
                null,
                null,
                false,
                null);
    }

    @Test
    void withoutPostsTheStatedFiguresAreTheMetricsAndSaySo() {
        CreatorMetrics m = calculator.compute(anna(), List.of(), List.of(), NOW);

        assertThat(m.postsAnalysed()).isZero();
        assertThat(m.engagementRateMean()).isEqualTo(0.031);
        assertThat(m.engagementRateMedian())
                .as("no median is made up from one stated figure")
                .isNull();
        assertThat(m.averageLikes()).isEqualTo(900.0);
        assertThat(m.averageComments()).isEqualTo(30.0);
        assertThat(m.averageViews()).isNull();
        assertThat(m.stated()).isTrue();
        assertThat(m.source()).isEqualTo("as stated by top.csv (avg_likes, avg_comments, 60d_eng_rate)");
    }

    @Test
    void postsWinOverStatedFigures() {
        CreatorMetrics m = calculator.compute(anna(), posts(300), List.of(), NOW);

        assertThat(m.postsAnalysed()).isEqualTo(3);
        assertThat(m.engagementRateMean()).isEqualTo(0.01);
        assertThat(m.averageLikes()).isEqualTo(300.0);
        assertThat(m.stated()).isFalse();
        assertThat(m.source()).isEqualTo("computed from posts");
    }

    @Test
    void withoutPostsOrStatedFiguresEverythingIsUnknown() {
        Creator plain = Creator.builder(ANNA).followers(30_000L).build();
        CreatorMetrics m = calculator.compute(plain, List.of(), List.of(), NOW);

        assertThat(m.engagementRateMean()).isNull();
        assertThat(m.source()).isNull();
    }

    @Test
    void thePriceEstimateTakesTheStatedRateAndNamesItsSource() {
        CreatorMetrics m = calculator.compute(anna(), List.of(), List.of(), NOW);
        PriceEstimate stated = Pricer.defaults()
                .estimate(PricingSubject.of(ANNA, Tier.MICRO, 30_000, m, null), Deliverable.INSTAGRAM_POST);
        PriceEstimate unknown = Pricer.defaults()
                .estimate(new PricingSubject(ANNA, Tier.MICRO, 30_000, null, null), Deliverable.INSTAGRAM_POST);

        assertThat(String.join("\n", stated.explanation()))
                .contains("engagement 3.10% as stated by top.csv (avg_likes, avg_comments, 60d_eng_rate) vs");
        assertThat(stated.point()).as("3.1% is above the micro benchmark").isGreaterThan(unknown.point());
    }

    @Test
    void aReimportOfTheSameFiguresIsTheSameStatement() {
        StatedEngagement later =
                new StatedEngagement(900.0, 30.0, null, 0.031, "top.csv", STATED.columns(), NOW.plusSeconds(86_400));
        StatedEngagement changed =
                new StatedEngagement(950.0, 30.0, null, 0.031, "top.csv", STATED.columns(), NOW.plusSeconds(86_400));

        assertThat(later.sameAs(STATED)).isTrue();
        assertThat(changed.sameAs(STATED)).isFalse();
        assertThat(StatedEngagement.parseColumns(STATED.columnsText())).isEqualTo(STATED.columns());
    }
}
