package io.microscout.importer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.AccountInput;
import io.microscout.authenticity.LabelledSource;
import io.microscout.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Real-data check: the readers give the counts each source's README states (read in place). */
class LabelledSetsOnRealDataTest {

    @Test
    void purbaHoldsItsFourClassesAsBoughtFakesAndReal() throws Exception {
        LabelledSource s = LabelledSets.read(SharedData.path("fake-accounts/purba2020-instagram"));
        assertThat(s.accounts()).hasSize(43_307);
        assertThat(s.fakes()).isEqualTo(12_054 + 10_549 + 10_263);
        assertThat(s.accounts().get(0).profile().present())
                .contains(AccountInput.FOLLOWERS, AccountInput.EXTERNAL_URL)
                .doesNotContain(AccountInput.USERNAME);
    }

    @Test
    void parmaReadsTheOldFileOnly() throws Exception {
        LabelledSource s = LabelledSets.read(SharedData.path("fake-accounts/parma2021-instagram"));
        assertThat(s.accounts()).hasSize(1_400);
        assertThat(s.fakes()).isEqualTo(700);
        assertThat(s.accounts().get(0).profile().usernameDigitShare()).isNotNull();
    }

    @Test
    void botometerKeepsTheUsersLabelledBotWithTheirAge() throws Exception {
        LabelledSource s = LabelledSets.read(SharedData.path("fake-accounts/botometer-vendor-purchased-2019-twitter"));
        assertThat(s.accounts()).hasSize(1_087); // 1,088 objects, one id not in the tsv
        assertThat(s.fakes()).isEqualTo(1_087);
        assertThat(s.accounts())
                .allSatisfy(a -> assertThat(a.profile().accountAgeDays()).isNotNull());
    }

    @Test
    void cresciHoldsGenuineAccountsAndSpambots() throws Exception {
        LabelledSource s = LabelledSets.read(SharedData.path("fake-accounts/cresci2017-twitter"));
        assertThat(s.reals()).isEqualTo(3_474);
        assertThat(s.fakes()).isEqualTo(991);
        assertThat(s.platform()).isEqualTo("twitter");
    }
}
