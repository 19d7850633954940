package io.microscout.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path home;

    @Test
    void sealsWithAFreshNonceAndOpensOnlyWithTheSameKeyAndPurpose() {
        SecretBox box = SecretBox.forHome(home);
        String a = box.seal("EAAB-token", "workspace 1 instagram credential");
        String b = box.seal("EAAB-token", "workspace 1 instagram credential");

        assertThat(a).isNotEqualTo(b).doesNotContain("EAAB-token");
        assertThat(new String(Base64.getDecoder().decode(a), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("EAAB-token");
        assertThat(SecretBox.forHome(home).open(a, "workspace 1 instagram credential"))
                .isEqualTo("EAAB-token");
        assertThatThrownBy(() -> box.open(a, "workspace 2 instagram credential"))
                .hasMessageContaining("cannot be decrypted")
                .hasMessageNotContaining("EAAB");
        assertThatThrownBy(() -> new SecretBox(new byte[32]).open(a, "workspace 1 instagram credential"))
                .hasMessageContaining("another key");
        char[] altered = a.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> box.open(new String(altered), "workspace 1 instagram credential"))
                .hasMessageContaining("altered");
    }

    @Test
    void theKeyFileIsCreatedOwnerOnly() throws Exception {
        SecretBox.forHome(home);
        Path key = home.resolve("keys/secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                .isEqualTo("rwx------");
        assertThat(Base64.getDecoder().decode(Files.readString(key).trim())).hasSize(32);
    }
}
