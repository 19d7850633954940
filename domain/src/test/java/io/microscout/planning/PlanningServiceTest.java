package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.forecast.Figure;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quote;
import io.microscout.pricing.Quotes;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanningServiceTest {
    private static final SyntheticCandidates CATALOG = new SyntheticCandidates(400, 5, Pricer.defaults());

    private static PlanningService service(Quotes quotes) {
        return new PlanningService(
                CATALOG, quotes, ForecastAssumptions.defaults().withDraws(500), AudienceOverlap.defaults(), 1);
    }

    private static PlanBrief brief(
            double budget, Double creatorShare, Double platformShare, Double minAuth, Double minFit) {
        return new PlanBrief(
                "test",
                budget,
                Objective.SALES,
                null,
                null,
                null,
                creatorShare,
                null,
                platformShare,
                minAuth,
                minFit,
                null,
                null,
                null,
                null);
    }

    @Test
    void planStaysWithinBudgetAndShareCaps() {
        Plan plan = service(Quotes.none()).plan(brief(5_000, 0.1, 0.5, null, null));
        assertThat(plan.cost()).isLessThanOrEqualTo(5_000 + 1e-6).isGreaterThan(4_000);
        Map<CreatorKey, Double> perCreator = new HashMap<>();
        Map<Platform, Double> perPlatform = new HashMap<>();
        for (Selection s : plan.selections()) {
            perCreator.merge(s.candidate().creator(), s.price().point(), Double::sum);
            perPlatform.merge(s.candidate().creator().platform(), s.price().point(), Double::sum);
        }
        assertThat(perCreator.values()).allMatch(v -> v <= 500 + 1e-6);
        assertThat(perPlatform.values()).allMatch(v -> v <= 2_500 + 1e-6);
        assertThat(plan.totals().total(Figure.COST).p50())
                .isCloseTo(plan.cost(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void creatorsBelowMinimumAuthenticityOrFitAreLeftOutWithTheReason() {
        Plan plan = service(Quotes.none()).plan(brief(5_000, null, null, 80.0, 0.6));
        assertThat(plan.selections())
                .isNotEmpty()
                .allMatch(
                        s -> s.candidate().authenticity() >= 80 && s.candidate().fit() >= 0.6);
        assertThat(plan.leftOut()).containsKeys("authenticity below 80", "fit below 0.6");
    }

    @Test
    void everySelectionSaysWhyAndTheSyntheticSourceIsLabelled() {
        Plan plan = service(Quotes.none()).plan(brief(3_000, null, null, null, null));
        assertThat(plan.synthetic()).isTrue();
        assertThat(plan.candidatesFrom()).contains("SYNTHETIC");
        assertThat(plan.selections())
                .allMatch(s -> s.reason().contains("expected") && s.reason().contains("audience"));
    }

    @Test
    void quoteOverridesTheCandidatesEstimateInThePlan() {
        PlanCandidate c = food("anna.bakes", "DE");
        Quotes quotes = Quotes.of(new Quote(c.creator(), Deliverable.INSTAGRAM_POST, 120, Instant.now(), null));
        Plan plan = service(quotes).plan(brief(1_000, null, null, null, null), List.of(c));
        assertThat(plan.selections()).singleElement().satisfies(s -> {
            assertThat(s.price().isQuote()).isTrue();
            assertThat(s.price().point()).isEqualTo(120);
        });
    }

    @Test
    void secondCreatorInTheSameAudienceCountsLess() {
        PlanCandidate a = food("anna.bakes", "DE");
        PlanCandidate b = food("ben.bakes", "DE");
        PlanCandidate c = food("carla.bakes", "FR");
        PlanProblem p = service(Quotes.none()).problem(brief(10_000, null, null, null, null), List.of(a, b, c));
        assertThat(p.objective(new int[] {0, 1})).isLessThan(p.objective(new int[] {0, 2}));
    }

    private static PlanCandidate food(String handle, String country) {
        return new PlanCandidate(
                CreatorKey.of(Platform.INSTAGRAM, handle),
                Tier.MICRO,
                List.of("food"),
                country,
                "de",
                40_000,
                90.0,
                0.9,
                new long[] {900, 1_000, 1_100},
                Map.of(
                        Deliverable.INSTAGRAM_POST,
                        new PriceEstimate(150, 200, 260, PriceEstimate.Basis.ESTIMATE, List.of())),
                null,
                null, // no measured audience: estimated from country and language
                null);
    }
}
