package io.microscout.outreach.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.forecast.Figure;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.planning.AcceptanceOdds;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.Objective;
import io.microscout.planning.Plan;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanCandidate;
import io.microscout.planning.PlanningService;
import io.microscout.planning.Selection;
import io.microscout.planning.SyntheticCandidates;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import io.microscout.tier.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan with outreach's likelihood of a yes (the documented priors, no outcomes learnt): a budget for one creator,
 * a bigger one whose values clash with the brand and whose quoted rate is far above the offer, and a smaller one
 * who shares the brand's values and is offered their rate.
 */
class ExpectedValuePlanTest {
    private static final AcceptanceModel PRIORS = AcceptanceModel.prior(AcceptancePriors.defaults());
    private static final PlanCandidate UNLIKELY = candidate("big.bakes", 60_000);
    private static final PlanCandidate LIKELY = candidate("small.bakes", 40_000);

    /** The likelihood from the model over each creator's signals, as OutreachDesk.planOdds reads them. */
    private static final AcceptanceOdds ODDS = (candidate, deliverable, price) -> PRIORS.predict(
                    candidate.equals(UNLIKELY)
                            ? List.of(
                                    new Evidence(Signal.VALUES_CLASH, 1, "posts fur hauls; the brand is vegan"),
                                    new Evidence(
                                            Signal.OFFER_VS_RATE,
                                            Math.log(200.0 / 500.0),
                                            "offer $200.00 against the creator's quoted $500.00 (40%)"))
                            : List.of(
                                    new Evidence(Signal.VALUES, 2 * (0.9 - 0.5), "shows vegan, cruelty-free"),
                                    new Evidence(
                                            Signal.OFFER_VS_RATE, 0, "offer $200.00 against an estimated $200.00")))
            .odds();

    private static PlanningService service() {
        return new PlanningService(
                new SyntheticCandidates(1, 1, Pricer.defaults()),
                Quotes.none(),
                ForecastAssumptions.defaults().withDraws(500),
                AudienceOverlap.defaults(),
                1);
    }

    private static Plan plan(PlanningService service) {
        return service.plan(PlanBrief.of(250, Objective.SALES), List.of(UNLIKELY, LIKELY));
    }

    @Test
    void byExpectedValueACreatorLikelyToDeclineLosesTheirPlaceToALikelierOne() {
        assertThat(plan(service()).selections())
                .as("by sales alone the bigger creator wins")
                .extracting(s -> s.candidate().creator())
                .containsExactly(UNLIKELY.creator());

        Plan expected = plan(service().withAcceptance(ODDS, true));

        assertThat(expected.selections())
                .extracting(s -> s.candidate().creator())
                .containsExactly(LIKELY.creator());
        assertThat(expected.assumptions()).anyMatch(a -> a.contains("maximises the expected objective"));
    }

    @Test
    void eachSelectionShowsItsLikelihoodWithReasonsAndTheExpectedValueAsLikelihoodTimesP50() {
        Plan plan = plan(service().withAcceptance(ODDS, false));

        Selection s = plan.selections().get(0);
        assertThat(s.candidate()).isEqualTo(UNLIKELY); // shown, not used to choose
        assertThat(s.acceptance().probability()).isLessThan(0.01);
        assertThat(s.acceptance().summary()).startsWith("an estimate:");
        assertThat(s.acceptance().reasons())
                .anyMatch(r -> r.contains("fur hauls"))
                .anyMatch(r -> r.contains("quoted $500.00"));
        assertThat(s.expected(Figure.REVENUE))
                .isCloseTo(
                        s.acceptance().probability()
                                * s.forecast().get(Figure.REVENUE).p50(),
                        within(1e-9));
    }

    private static PlanCandidate candidate(String handle, long followers) {
        return new PlanCandidate(
                CreatorKey.of(Platform.INSTAGRAM, handle),
                Tier.MICRO,
                List.of("food"),
                "US",
                "en",
                followers,
                90.0,
                0.9,
                new long[] {followers / 40, followers / 40, followers / 40},
                Map.of(
                        Deliverable.INSTAGRAM_POST,
                        new PriceEstimate(150, 200, 260, PriceEstimate.Basis.ESTIMATE, List.of())),
                null,
                null,
                null);
    }
}
