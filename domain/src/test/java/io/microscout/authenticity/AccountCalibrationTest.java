package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountCalibrationTest {
    private static final Instant AT = Instant.parse("2026-12-03T00:00:00Z");

    private static AccountCalibration labelled(int fakes, int fakesFlagged, int reals, int realsFlagged) {
        return new AccountCalibration("mine.csv", "m1", fakes, fakesFlagged, reals, realsFlagged, AT);
    }

    @Test
    void measuresTheClassifiersHitsAndFalseAlarmsOnTheLabelledAccounts() {
        // FEW_FOLLOWERS_ARE_FAKE calls an account with fewer than 10 followers fake
        List<LabelledAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            accounts.add(new LabelledAccount(Fixtures.profile("f" + i, i < 30 ? 2L : 500L), true, "mine"));
        }
        for (int i = 0; i < 60; i++) {
            accounts.add(new LabelledAccount(Fixtures.profile("r" + i, i < 6 ? 3L : 300L), false, "mine"));
        }
        AccountCalibration c =
                AccountCalibration.measure("mine.csv", "m1", accounts, Fixtures.FEW_FOLLOWERS_ARE_FAKE, AT);
        assertThat(c).isEqualTo(labelled(40, 30, 60, 6));
        // Beta posteriors under uniform priors: (30 + 1) / (40 + 2) and (6 + 1) / (60 + 2)
        assertThat(c.rates().recall()).isCloseTo(31 / 42.0, within(1e-12));
        assertThat(c.rates().falsePositiveRate()).isCloseTo(7 / 62.0, within(1e-12));
        assertThat(c.basis()).contains("mine.csv", "40 fake, 60 real", "recall 0.74", "false-positive rate 0.11");
    }

    @Test
    void aLargerLabelledSampleMeasuresTheRatesMoreTightly() {
        assertThat(labelled(400, 300, 400, 40).rates().recallSd())
                .isLessThan(labelled(40, 30, 40, 4).rates().recallSd() / 2.5);
    }

    @Test
    void tooFewLabelledAccountsOrAClassifierThatCannotTellThemApartAreRefusedInPlainWords() {
        assertThatThrownBy(() -> labelled(5, 4, 100, 3))
                .hasMessageContaining("mine.csv: 5 fake and 100 real accounts labelled")
                .hasMessageContaining("at least 10 of each");
        assertThatThrownBy(() -> labelled(50, 10, 50, 12)).hasMessageContaining("does not tell them apart");
    }

    @Test
    void anEstimateWithTheRatesOfItsOwnPopulationCoversWhereTheSourcesRatesDoNot() {
        // a population whose real accounts are often called fake (as Purba 2020's: 42%), recall 0.9; the
        // out-of-source rates (fpr 0.19 +- 0.20) were measured elsewhere. 5% fakes, audiences of 200.
        AccountClassifier.ErrorRates elsewhere = new AccountClassifier.ErrorRates(0.83, 0.19, 0.16, 0.20);
        double recall = 0.9;
        double fpr = 0.42;
        Random random = new Random(7);
        int coveredCalibrated = 0;
        int coveredElsewhere = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            int fakesFlagged = binomial(random, 100, recall);
            int realsFlagged = binomial(random, 100, fpr);
            AccountClassifier.ErrorRates own =
                    labelled(100, fakesFlagged, 100, realsFlagged).rates();
            int flagged = binomial(random, 10, recall) + binomial(random, 190, fpr);
            coveredCalibrated += covers(own.estimate(flagged, 200), 0.05) ? 1 : 0;
            coveredElsewhere += covers(elsewhere.estimate(flagged, 200), 0.05) ? 1 : 0;
        }
        assertThat(coveredCalibrated / (double) trials).isGreaterThan(0.9);
        assertThat(coveredElsewhere / (double) trials).isLessThan(coveredCalibrated / (double) trials - 0.15);
    }

    @Test
    void aCalibratedClassifierAnswersAsBeforeAndNamesItsRatesInTheAudienceReason() {
        AccountClassifier calibrated = labelled(40, 36, 60, 3).applyTo(Fixtures.FEW_FOLLOWERS_ARE_FAKE);
        AudienceComposition a = AudienceComposition.of(Fixtures.sample(70, 20, 10), calibrated);
        assertThat(a.flagged()).isEqualTo(20);
        assertThat(a.corrected()).isTrue();
        assertThat(a.correctionBasis()).startsWith("error rates measured on your labelled sample mine.csv");
    }

    private static boolean covers(FakeShareEstimate e, double truth) {
        return e.interval().low() <= truth && truth <= e.interval().high();
    }

    private static int binomial(Random random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }
}
