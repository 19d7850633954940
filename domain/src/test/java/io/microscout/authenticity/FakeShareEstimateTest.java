package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FakeShareEstimateTest {
    /** The shipped model's out-of-source rates: mean and spread over the left-out sources. */
    private static final AccountClassifier.ErrorRates VARYING =
            new AccountClassifier.ErrorRates(0.83, 0.19, 0.16, 0.20);

    @Test
    void aFewFlaggedAccountsDoNotReadAsAnAudienceFreeOfFakes() {
        // 23 of 200 flagged: Rogan-Gladen with the mean rates says 0% (the mean false-positive rate is 19%)
        assertThat(VARYING.trueShare(23 / 200.0)).isZero();
        FakeShareEstimate e = VARYING.estimate(23, 200);
        assertThat(e.share()).isBetween(0.01, 0.115);
        assertThat(e.interval().low()).isLessThanOrEqualTo(e.share());
        // the recall may be far lower in an unknown population, so the top of the interval stays wide
        assertThat(e.interval().high()).isGreaterThan(0.115).isLessThan(0.4);
    }

    @Test
    void moreFlaggedAccountsMeanMoreFakesAndTheIntervalHoldsTheEstimate() {
        double previous = -1;
        for (int flagged = 0; flagged <= 200; flagged += 10) {
            FakeShareEstimate e = VARYING.estimate(flagged, 200);
            assertThat(e.share()).isGreaterThanOrEqualTo(previous);
            assertThat(e.interval().low()).isLessThanOrEqualTo(e.share());
            assertThat(e.interval().high()).isGreaterThanOrEqualTo(e.share());
            previous = e.share();
        }
        assertThat(VARYING.estimate(0, 200).share()).isLessThan(0.02);
        assertThat(VARYING.estimate(180, 200).share()).isGreaterThan(0.8);
    }

    @Test
    void aLargerSampleNarrowsTheInterval() {
        FakeShareEstimate small = VARYING.estimate(6, 40);
        FakeShareEstimate large = VARYING.estimate(150, 1000);
        assertThat(large.interval().width()).isLessThan(small.interval().width());
    }

    @Test
    void exactRatesKeepRoganGladen() {
        AccountClassifier.ErrorRates exact = new AccountClassifier.ErrorRates(0.8, 0.05);
        assertThat(exact.estimate(40, 200).share()).isCloseTo((0.2 - 0.05) / 0.75, within(1e-12));
        assertThat(exact.estimate(40, 200).interval()).isEqualTo(exact.correctedInterval(40, 200));
    }

    @Test
    void whenTheRatesReallyVaryAsAssumedTheIntervalCoversTheTruthAboutNineteenTimesInTwenty() {
        // audiences whose classifier rates are drawn from the spread the estimate assumes (a check of the model's
        // own assumptions, not of real populations; those are in eval authenticity --leave-one-source-out)
        AccountClassifier.ErrorRates rates = new AccountClassifier.ErrorRates(0.85, 0.10, 0.08, 0.05);
        Random random = new Random(16);
        int covered = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            double truth = 0.05 + 0.45 * random.nextDouble();
            double recall = clamp(0.85 + 0.08 * random.nextGaussian());
            double fpr = clamp(0.10 + 0.05 * random.nextGaussian());
            int flagged = 0;
            for (int i = 0; i < 200; i++) {
                boolean fake = random.nextDouble() < truth;
                flagged += random.nextDouble() < (fake ? recall : fpr) ? 1 : 0;
            }
            WilsonInterval interval = rates.estimate(flagged, 200).interval();
            covered += interval.low() <= truth && truth <= interval.high() ? 1 : 0;
        }
        assertThat(covered / (double) trials).isBetween(0.90, 0.995);
    }

    private static double clamp(double x) {
        return Math.max(0.001, Math.min(0.999, x));
    }
}
