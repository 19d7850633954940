package io.microscout.importer.followers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.authenticity.AccountProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountProfilesCsvTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("profiles.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsOwnColumnsWithSpreadsheetValues() throws Exception {
        AccountProfilesCsv.Read read = AccountProfilesCsv.read(
                csv("\uFEFFUsername,followers,following,posts,bio,profile_picture,private\n"
                        + "@Anna_K,1.2k,\"1,500\",57,Hi there,yes,FALSE\n"),
                Map.of(),
                StandardCharsets.UTF_8);
        assertThat(read.problems()).isEmpty();
        AccountProfile p = read.rows().get(0).profile();
        assertThat(p.username()).isEqualTo("anna_k");
        assertThat(p.followers()).isEqualTo(1200L);
        assertThat(p.following()).isEqualTo(1500L);
        assertThat(p.biographyLength()).isEqualTo(8);
        assertThat(p.hasProfilePicture()).isTrue();
        assertThat(p.privateAccount()).isFalse();
    }

    @Test
    void mapsAnotherFilesColumnsAndLeavesUnknownCellsUnknown() throws Exception {
        AccountProfilesCsv.Read read = AccountProfilesCsv.read(
                csv("user,fans,bio_len,pic\nzed,n/a,12,1\n"),
                Map.of("username", "user", "followers", "fans", "bio_length", "bio_len", "profile_picture", "pic"),
                StandardCharsets.UTF_8);
        AccountProfile p = read.rows().get(0).profile();
        assertThat(p.followers()).isNull();
        assertThat(p.biographyLength()).isEqualTo(12);
        assertThat(p.following()).isNull();
    }

    @Test
    void reportsEachBadCellWithItsLineAndColumn() throws Exception {
        AccountProfilesCsv.Read read = AccountProfilesCsv.read(
                csv("username,followers,private\na,10,no\nb,12a,maybe\n"), Map.of(), StandardCharsets.UTF_8);
        assertThat(read.rows()).hasSize(1);
        assertThat(read.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "profiles.csv:line 3: field 'followers': \"12a\" is not a number (such as 12,345, 3.3k, 475.8m or 1.2b)",
                        "profiles.csv:line 3: field 'private': \"maybe\" is not a boolean (true/false, yes/no, 1/0)");
    }

    @Test
    void aMappingToAMissingColumnIsRefused() throws Exception {
        Path f = csv("user\nx\n");
        assertThatThrownBy(() -> AccountProfilesCsv.read(f, Map.of("followers", "Fans"), StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column 'Fans'");
    }
}
