package io.microscout.outreach.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcceptanceModelTest {
    private final AcceptanceModel prior = AcceptanceModel.prior(AcceptancePriors.defaults());

    private static Evidence e(Signal s, double v) {
        return new Evidence(s, v, s.label());
    }

    @Test
    void withNothingKnownItIsThePublishedReplyRateTimesTheAssumedYesRateAndSaysSo() {
        Acceptance a = prior.predict(List.of());

        assertThat(a.probability()).isCloseTo(0.085 * 0.5, within(1e-9));
        assertThat(a.explain())
                .startsWith("an estimate: 4%")
                .contains("Backlinko")
                .contains("no recorded outcomes");
    }

    @Test
    void eachSignalMovesTheLikelihoodItsWayAndGivesItsReason() {
        double base = prior.predict(List.of()).probability();

        assertThat(prior.predict(List.of(e(Signal.VALUES_CLASH, 1))).probability())
                .isLessThan(base);
        assertThat(prior.predict(List.of(e(Signal.COMPETITOR, 1))).probability())
                .isLessThan(base);
        assertThat(prior.predict(List.of(e(Signal.SATURATION, 1))).probability())
                .isLessThan(base);
        assertThat(prior.predict(List.of(e(Signal.OFFER_VS_RATE, Math.log(0.5))))
                        .probability())
                .isLessThan(base);
        assertThat(prior.predict(List.of(e(Signal.OFFER_VS_RATE, Math.log(1.5))))
                        .probability())
                .isGreaterThan(base);
        assertThat(prior.predict(List.of(e(Signal.PAST_REPLY, 1))).probability())
                .isGreaterThan(base);
        Acceptance a = prior.predict(List.of(new Evidence(Signal.VALUES, 1, "vegan: 12 of 30 posts")));
        assertThat(a.contributions())
                .singleElement()
                .satisfies(c -> assertThat(c.explain()).isEqualTo("values alignment +0.60: vegan: 12 of 30 posts"));
    }

    @Test
    void aSignalThatMovesNothingReadsPlusZeroNeverMinusZero() {
        Acceptance a = prior.predict(List.of(
                new Evidence(Signal.VALUES_CLASH, 0, "no value clash found"),
                new Evidence(Signal.COMPETITOR, 0.001, "almost nothing")));

        assertThat(a.contributions())
                .extracting(Acceptance.Contribution::explain)
                .containsExactly(
                        "values clash +0.00: no value clash found", "competitor mentions +0.00: almost nothing");
    }

    /**
     * Generated-truth smoke test (not a quality check on real data: no public data of creator replies exists):
     * outcomes drawn from a known logistic truth whose base rate (30%) and offer weight differ from the priors.
     */
    @Test
    void recordedOutcomesMoveThePriorsTowardsWhatTheWorkspaceSees() {
        SplittableRandom random = new SplittableRandom(7);
        List<AcceptanceModel.Outcome> train = draw(random, 400);
        List<AcceptanceModel.Outcome> test = draw(random, 2000);

        AcceptanceModel learned = prior.learn(train);

        assertThat(learned.outcomes()).isEqualTo(400);
        assertThat(AcceptanceModel.sigmoid(learned.intercept())).isCloseTo(0.30, within(0.08));
        assertThat(learned.weight(Signal.OFFER_VS_RATE)).isCloseTo(2.0, within(0.6));
        assertThat(brier(learned, test)).isLessThan(brier(prior, test) - 0.02);
        assertThat(prior.learn(List.of()).intercept()).isEqualTo(prior.intercept());
    }

    private static List<AcceptanceModel.Outcome> draw(SplittableRandom random, int n) {
        List<AcceptanceModel.Outcome> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double offer = random.nextDouble(-1, 1);
            double clash = random.nextDouble() < 0.2 ? 1 : 0;
            double z = AcceptanceModel.logit(0.30) + 2.0 * offer - 2.0 * clash;
            boolean yes = random.nextDouble() < AcceptanceModel.sigmoid(z);
            out.add(new AcceptanceModel.Outcome(
                    List.of(e(Signal.OFFER_VS_RATE, offer), e(Signal.VALUES_CLASH, clash)), yes));
        }
        return out;
    }

    private static double brier(AcceptanceModel m, List<AcceptanceModel.Outcome> data) {
        return data.stream()
                .mapToDouble(o -> {
                    double p = m.predict(o.evidence()).probability();
                    return (p - (o.yes() ? 1 : 0)) * (p - (o.yes() ? 1 : 0));
                })
                .average()
                .orElseThrow();
    }
}
