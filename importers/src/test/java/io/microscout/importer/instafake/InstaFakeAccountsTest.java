package io.microscout.importer.instafake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.authenticity.LabelledAccount;
import io.microscout.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstaFakeAccountsTest {

    @Test
    void readsThe200FakeAnd994RealAccountsInPlace() throws Exception {
        List<LabelledAccount> accounts = InstaFakeAccounts.read(SharedData.path("instafake/fake-v1.0"));
        assertThat(accounts).hasSize(1194);
        assertThat(accounts.stream().filter(LabelledAccount::fake).count()).isEqualTo(200);
        LabelledAccount first = accounts.get(0); // first record of fakeAccountData.json
        assertThat(first.fake()).isTrue();
        assertThat(first.profile().followers()).isEqualTo(25L);
        assertThat(first.profile().following()).isEqualTo(1937L);
        assertThat(first.profile().hasProfilePicture()).isTrue();
    }

    @Test
    void aFolderWithoutTheFilesIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> InstaFakeAccounts.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fakeAccountData.json is missing");
    }
}
