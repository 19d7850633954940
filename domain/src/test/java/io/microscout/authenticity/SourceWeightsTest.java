package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceWeightsTest {
    private static LabelledAccount account(String source, boolean fake, Double ageDays) {
        return new LabelledAccount(
                new AccountProfile(null, 10L, 20L, 3L, 0, true, false, null, null, null, null, ageDays), fake, source);
    }

    private static List<LabelledAccount> data() {
        List<LabelledAccount> data = new ArrayList<>();
        for (int i = 0; i < 760; i++) {
            data.add(account("big", i < 600, null)); // 600 fakes, 160 real
        }
        for (int i = 0; i < 40; i++) {
            data.add(account("small", i < 20, null)); // 20 / 20
        }
        for (int i = 0; i < 50; i++) {
            data.add(account("bought", true, 100.0)); // fakes only, with an account age
        }
        return data;
    }

    @Test
    void aLargeSourceWeighsNoMoreThanASmallOneAndTheClassesWeighTheSame() {
        List<LabelledAccount> data = data();
        double[] w = SourceWeights.of(data);
        double big = 0, small = 0, fake = 0, real = 0;
        for (int i = 0; i < w.length; i++) {
            if (data.get(i).source().equals("big")) {
                big += w[i];
            } else if (data.get(i).source().equals("small")) {
                small += w[i];
            }
            if (data.get(i).fake()) {
                fake += w[i];
            } else {
                real += w[i];
            }
        }
        assertThat(big).isCloseTo(small, within(1e-6));
        assertThat(fake).isCloseTo(real, within(1e-6));
        assertThat(fake + real).isCloseTo(data.size(), within(1e-6));
    }

    @Test
    void aFeatureOnlyAOneClassSourceGivesIsNotLearnedFrom() {
        List<AccountFeature> features = List.of(AccountFeature.FOLLOWERS_LOG, AccountFeature.POSTS_PER_DAY_LOG);
        boolean[] usable = SourceWeights.usableFeatures(data(), features);
        assertThat(usable).containsExactly(true, false);
    }

    @Test
    void capKeepsEachSourcesShareOfFakes() {
        List<LabelledAccount> capped = SourceWeights.capped(data(), 100, 1L);
        assertThat(capped.stream().filter(a -> a.source().equals("big"))).hasSize(100);
        assertThat(capped.stream().filter(a -> a.source().equals("big") && a.fake()))
                .hasSize(79);
        assertThat(capped.stream().filter(a -> a.source().equals("small"))).hasSize(40);
    }

    @Test
    void errorRatesThatVaryBetweenPopulationsWidenTheAudienceInterval() {
        AccountClassifier.ErrorRates exact = new AccountClassifier.ErrorRates(0.8, 0.05);
        AccountClassifier.ErrorRates varying = new AccountClassifier.ErrorRates(0.8, 0.05, 0.1, 0.03);
        WilsonInterval narrow = exact.correctedInterval(40, 200);
        WilsonInterval wide = varying.correctedInterval(40, 200);
        assertThat(wide.low()).isLessThan(narrow.low());
        assertThat(wide.high()).isGreaterThan(narrow.high());
        double estimate = exact.trueShare(0.2);
        assertThat(estimate).isCloseTo((0.2 - 0.05) / 0.75, within(1e-12));
        assertThat(wide.low()).isLessThan(estimate);
        assertThat(wide.high()).isGreaterThan(estimate);
    }
}
