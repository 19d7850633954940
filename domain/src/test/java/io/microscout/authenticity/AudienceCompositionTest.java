package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AudienceCompositionTest {

    @Test
    void splitsTheSampleIntoRealSuspiciousAndMassFollowers() {
        AudienceComposition a = AudienceComposition.of(Fixtures.sample(70, 20, 10), Fixtures.FEW_FOLLOWERS_ARE_FAKE);
        assertThat(a.realShare()).isCloseTo(0.70, within(1e-12));
        assertThat(a.suspiciousShare()).isCloseTo(0.20, within(1e-12));
        assertThat(a.massFollowerShare()).isCloseTo(0.10, within(1e-12));
        assertThat(a.realInterval().low()).isLessThan(0.70);
        assertThat(a.realInterval().high()).isGreaterThan(0.70);
    }

    @Test
    void flaggedAccountsAreCorrectedForTheClassifiersFalsePositives() {
        // a classifier that catches 90% of fakes and calls 5% of real accounts fake flags 5% of an all-real
        // audience: the estimate must remove them
        AccountClassifier withErrors = new AccountClassifier() {
            @Override
            public AccountVerdict classify(AccountProfile p) {
                return Fixtures.FEW_FOLLOWERS_ARE_FAKE.classify(p);
            }

            @Override
            public ErrorRates errorRates() {
                return new ErrorRates(0.90, 0.05);
            }
        };
        AudienceComposition a = AudienceComposition.of(Fixtures.sample(95, 5, 0), withErrors);
        assertThat(a.flaggedShare()).isCloseTo(0.05, within(1e-12));
        assertThat(a.suspiciousShare()).isCloseTo(0.0, within(1e-12));
        assertThat(a.realShare()).isCloseTo(1.0, within(1e-12));
        assertThat(a.corrected()).isTrue();
        // 23% flagged -> (0.23 - 0.05) / 0.85 = 21.2% fakes
        AudienceComposition b = AudienceComposition.of(Fixtures.sample(77, 23, 0), withErrors);
        assertThat(b.suspiciousShare()).isCloseTo(0.18 / 0.85, within(1e-12));
        assertThat(b.realInterval().low()).isLessThan(b.realShare());
        assertThat(b.realInterval().high()).isGreaterThan(b.realShare());
    }

    @Test
    void aSmallerSampleGivesAWiderInterval() {
        AudienceComposition small = AudienceComposition.of(Fixtures.sample(7, 2, 1), Fixtures.FEW_FOLLOWERS_ARE_FAKE);
        AudienceComposition large =
                AudienceComposition.of(Fixtures.sample(700, 200, 100), Fixtures.FEW_FOLLOWERS_ARE_FAKE);
        assertThat(small.realShare()).isEqualTo(large.realShare());
        assertThat(small.realInterval().width())
                .isGreaterThan(3 * large.realInterval().width());
    }

    @Test
    void latestSampleOfACreatorIsTheOneReturned() {
        InMemoryAudienceSamples samples = new InMemoryAudienceSamples();
        FollowerSample old = Fixtures.sample(5, 0, 0);
        FollowerSample recent = new FollowerSample(
                Fixtures.KEY,
                Fixtures.NOW.plusSeconds(60),
                "newer",
                Fixtures.sample(1, 1, 0).followers());
        samples.save(recent);
        samples.save(old);
        assertThat(samples.latest(Fixtures.KEY)).contains(recent);
    }
}
