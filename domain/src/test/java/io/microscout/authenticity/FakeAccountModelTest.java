package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FakeAccountModelTest {

    static AccountProfile realLooking(int i) {
        return new AccountProfile(
                "anna.k" + (i % 3 == 0 ? "" : "x"),
                300L + 10 * i,
                250L + 7 * i,
                40L + i,
                20 + i % 30,
                true,
                i % 2 == 0,
                null,
                null);
    }

    static AccountProfile fakeLooking(int i) {
        return new AccountProfile(
                "user" + (48_000 + i * 37),
                (long) (i % 20),
                2_000L + 40 * i,
                (long) (i % 2),
                0,
                i % 3 == 0,
                false,
                null,
                null);
    }

    static FakeAccountModel smallModel() {
        List<LabelledAccount> data = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            data.add(new LabelledAccount(realLooking(i), false));
            if (i % 3 == 0) {
                data.add(new LabelledAccount(fakeLooking(i), true));
            }
        }
        FakeAccountTrainer.Settings d = FakeAccountTrainer.Settings.defaults();
        FakeAccountTrainer.Settings quick =
                new FakeAccountTrainer.Settings(d.features(), 40, 2, 0.2, 1.0, 0.1, 3, 0.3, 3, 1L, null, 0);
        return new FakeAccountTrainer(quick).train(data, "test");
    }

    private final FakeAccountModel model = smallModel();

    @Test
    void callsAnAccountWithoutFollowersPostsOrBioFake() {
        AccountVerdict verdict = model.classify(fakeLooking(5));
        assertThat(verdict.fake()).isTrue();
        assertThat(model.classify(realLooking(5)).fake()).isFalse();
    }

    @Test
    void theQuickFlagsAnswerWhatTheFullVerdictSays() {
        List<AccountProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            profiles.add(realLooking(i));
            profiles.add(fakeLooking(i));
        }
        profiles.add(new AccountProfile(null, 3L, 2_500L, 0L, null, null, null, null, null));
        profiles.add(AccountProfile.unknown());
        int fakes = 0;
        for (AccountProfile p : profiles) {
            AccountVerdict full = model.classify(p);
            AccountClassifier.Flags quick = model.flags(p);
            assertThat(quick.fake()).as(p.username()).isEqualTo(full.fake());
            assertThat(quick.inputsMissing())
                    .as(p.username())
                    .isEqualTo(!full.missing().isEmpty());
            fakes += full.fake() ? 1 : 0;
        }
        assertThat(fakes).isBetween(1, profiles.size() - 1);
    }

    @Test
    void scoresAPartialProfileAndNamesWhatWasMissing() {
        AccountProfile onlyCounts = new AccountProfile(null, 3L, 2_500L, 0L, null, null, null, null, null);
        AccountVerdict verdict = model.classify(onlyCounts);
        assertThat(verdict.missing())
                .containsExactlyInAnyOrder(
                        AccountInput.BIO_LENGTH,
                        AccountInput.PROFILE_PICTURE,
                        AccountInput.USERNAME,
                        AccountInput.EXTERNAL_URL,
                        AccountInput.ACCOUNT_AGE);
        assertThat(verdict.used())
                .containsExactlyInAnyOrder(AccountInput.FOLLOWERS, AccountInput.FOLLOWING, AccountInput.POSTS);
        assertThat(verdict.fake()).isTrue();
    }

    @Test
    void scoresAnEmptyProfileWithoutInventingValues() {
        AccountVerdict verdict = model.classify(AccountProfile.unknown());
        assertThat(verdict.used()).isEmpty();
        assertThat(verdict.contributions())
                .allSatisfy(c -> assertThat(c.value()).isNull());
        assertThat(verdict.fakeProbability()).isBetween(0.0, 1.0);
    }

    @Test
    void usernameGivesItsLengthAndDigitCount() {
        AccountProfile p = new AccountProfile("@Shop4u2020", null, null, null, null, null, null, null, null);
        assertThat(p.username()).isEqualTo("shop4u2020");
        assertThat(p.usernameLength()).isEqualTo(10);
        assertThat(p.usernameDigitCount()).isEqualTo(5);
        assertThat(p.present()).isEqualTo(Set.of(AccountInput.USERNAME));
    }
}
