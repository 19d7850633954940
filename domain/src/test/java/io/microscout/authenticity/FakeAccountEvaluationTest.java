package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeAccountEvaluationTest {

    private static FakeAccountEvaluation.Report evaluate() {
        List<LabelledAccount> data = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            data.add(new LabelledAccount(FakeAccountModelTest.realLooking(i), false));
            if (i % 3 == 0) {
                data.add(new LabelledAccount(FakeAccountModelTest.fakeLooking(i), true));
            }
        }
        FakeAccountTrainer.Settings d = FakeAccountTrainer.Settings.defaults();
        FakeAccountTrainer quick = new FakeAccountTrainer(
                new FakeAccountTrainer.Settings(d.features(), 30, 2, 0.2, 1.0, 0.1, 2, 0.3, 3, 5L, null, 0));
        List<FakeAccountEvaluation.Scenario> scenarios = List.of(
                new FakeAccountEvaluation.Scenario("all inputs", EnumSet.noneOf(AccountInput.class)),
                new FakeAccountEvaluation.Scenario("nothing", EnumSet.allOf(AccountInput.class)));
        return FakeAccountEvaluation.run(data, quick, 3, 5L, scenarios, new double[] {0.05, 0.2});
    }

    private final FakeAccountEvaluation.Report report = evaluate();

    @Test
    void crossValidatesEveryAccountOnceAndSeparatesClearCases() {
        assertThat(report.perFold()).hasSize(3);
        BinaryMetrics pooled = report.pooled();
        assertThat(pooled.truePositives() + pooled.falsePositives() + pooled.trueNegatives() + pooled.falseNegatives())
                .isEqualTo(120);
        assertThat(pooled.rocAuc()).isGreaterThan(0.95);
    }

    @Test
    void withEveryInputMissingTheModelCannotRankAccounts() {
        assertThat(report.missingInputs().get(1).metrics().rocAuc()).isEqualTo(0.5);
    }

    @Test
    void precisionDropsWhenFakesAreRarerAndTheCorrectedEstimateStaysNearTheTruth() {
        List<FakeAccountEvaluation.PriorShiftRow> rows = report.priorShift();
        assertThat(rows.get(0).precision()).isLessThanOrEqualTo(rows.get(2).precision());
        FakeAccountEvaluation.AudienceEstimateRow rare =
                report.audienceEstimates().get(0);
        assertThat(rare.correctedAbsoluteError()).isLessThanOrEqualTo(rare.flaggedAbsoluteError() + 1e-9);
    }
}
