package io.microscout.importer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.authenticity.AccountProfile;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwitterUsersTest {
    @TempDir
    Path dir;

    @Test
    void readsUserObjectsInsideTweetsWithTheAccountAgeAtTheTweet() throws Exception {
        Path f = dir.resolve("users.json");
        Files.writeString(
                f,
                "[{\"created_at\": \"Tue Jan 09 16:38:26 +0000 2018\", \"user\": {\"id_str\": \"1\", "
                        + "\"screen_name\": \"pan534\", \"followers_count\": 3, \"friends_count\": 359, \"statuses_count\": 8, "
                        + "\"description\": \"\", \"default_profile_image\": true, \"protected\": false, \"url\": null, "
                        + "\"created_at\": \"Mon Jan 09 16:38:26 +0000 2017\"}}]");
        AccountProfilesCsv.Read read = TwitterUsers.read(f);
        assertThat(read.problems()).isEmpty();
        AccountProfile p = read.rows().get(0).profile();
        assertThat(p.username()).isEqualTo("pan534");
        assertThat(p.followers()).isEqualTo(3L);
        assertThat(p.following()).isEqualTo(359L);
        assertThat(p.mediaCount()).isEqualTo(8L);
        assertThat(p.biographyLength()).isZero();
        assertThat(p.hasProfilePicture()).isFalse();
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.externalUrl()).isFalse();
        assertThat(p.usernameDigitCount()).isEqualTo(3);
        assertThat(p.accountAgeDays()).isCloseTo(365, within(0.01));
    }

    @Test
    void readsAFollowersListAndNamesTheBadField() throws Exception {
        Path f = dir.resolve("followers.json");
        Files.writeString(
                f,
                "{\"users\": [{\"screen_name\": \"a\", \"followers_count\": \"many\"}, "
                        + "{\"screen_name\": \"b\", \"followers_count\": 10, \"url\": \"https://t.co/x\"}]}");
        AccountProfilesCsv.Read read = TwitterUsers.read(f);
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).toString())
                .isEqualTo("followers.json:[0]: field 'followers_count': " + "\"many\" is not a whole number");
        assertThat(read.rows()).hasSize(1);
        AccountProfile b = read.rows().get(0).profile();
        assertThat(b.externalUrl()).isTrue();
        assertThat(b.accountAgeDays()).isNull();
        assertThat(b.following()).isNull();
    }

    @Test
    void readsTheMibCsvWhereAFalseFlagIsAnEmptyCell() throws Exception {
        Path f = dir.resolve("users.csv");
        Files.writeString(
                f,
                "\"id\",\"screen_name\",\"statuses_count\",\"followers_count\",\"friends_count\","
                        + "\"default_profile_image\",\"protected\",\"description\",\"created_at\",\"crawled_at\"\n"
                        + "\"7\",\"user7\",\"2177\",\"208\",\"332\",,,\"hello\",\"Tue Jun 11 11:20:35 +0000 2013\","
                        + "\"2015-06-11 11:20:35\"\n"
                        + "\"8\",\"user8\",\"x\",\"1\",\"2\",\"1\",,,\"Tue Jun 11 11:20:35 +0000 2013\",\"2015-06-11 11:20:35\"\n");
        AccountProfilesCsv.Read read = TwitterUsers.read(f);
        assertThat(read.problems())
                .extracting(Object::toString)
                .containsExactly("users.csv:line 3: field 'statuses_count': \"x\" is not a whole number");
        AccountProfile p = read.rows().get(0).profile();
        assertThat(p.hasProfilePicture()).isTrue();
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.biographyLength()).isEqualTo(5);
        assertThat(p.accountAgeDays()).isCloseTo(730, within(0.01));
    }
}
