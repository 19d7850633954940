package io.microscout.importer.instafake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.EngagementCheck;
import io.microscout.authenticity.EngagementNorms;
import io.microscout.authenticity.EngagementSeries;
import io.microscout.authenticity.NormalEngagement;
import io.microscout.models.AccountModelFile;
import io.microscout.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped normal-engagement bands are what the real accounts give, and real accounts score as authentic. */
class NormalEngagementOnRealAccountsTest {

    private static List<List<EngagementSeries>> halves() throws Exception {
        List<EngagementSeries> all = InstaFakeEngagement.read(SharedData.path("instafake/automated-v1.0"));
        assertThat(all).hasSize(700);
        List<EngagementSeries> even = new ArrayList<>();
        List<EngagementSeries> odd = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? even : odd).add(all.get(i));
        }
        return List.of(even, odd);
    }

    @Test
    void shippedBandsAreThePercentilesOfTheCalibrationHalf() throws Exception {
        EngagementNorms measured = EngagementNorms.measure(halves().get(0));
        assertThat(measured.accounts()).isEqualTo(NormalEngagement.shipped().accounts());
        assertThat(measured.volatility().p97_5()).isCloseTo(NormalEngagement.VOLATILITY.p97_5(), within(1e-4));
        assertThat(measured.volatility().p2_5()).isCloseTo(NormalEngagement.VOLATILITY.p2_5(), within(1e-4));
        assertThat(measured.commentsPerLike().p97_5())
                .isCloseTo(NormalEngagement.COMMENTS_PER_LIKE.p97_5(), within(1e-4));
    }

    @Test
    void realAccountsOfTheCheckHalfMostlyScoreAuthenticAndInjectedAnomaliesDoNot() throws Exception {
        EngagementCheck.Result r =
                EngagementCheck.run(halves().get(1), new AuthenticityScorer(AccountModelFile.shipped()), 2019);
        assertThat(r.cleanShareAtLeast60()).isGreaterThan(0.9);
        assertThat(r.anomalies())
                .allSatisfy(a -> assertThat(a.separation().rocAuc()).isGreaterThan(0.85));
    }
}
