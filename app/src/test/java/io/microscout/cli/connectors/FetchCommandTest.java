package io.microscout.cli.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.microscout.cli.Main;
import io.microscout.testing.SharedData;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end: credentials set/list, fetch --dry-run, fetch, replaying the raw answers with import. */
class FetchCommandTest {
    static final String KEY = "AIzaSyD-test-key-7c1e0b2f9a";

    @TempDir
    Path dir;

    WireMockServer youtube;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        youtube =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        youtube.start();
        String fixtures = "api-fixtures/youtube-data-api-v3/";
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .withHeader("X-goog-api-key", equalTo(KEY))
                .willReturn(aResponse().withBody(Files.readString(SharedData.path(fixtures + "channels/info.json")))));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems"))
                .withQueryParam("pageToken", absent())
                .willReturn(aResponse()
                        .withBody(Files.readString(
                                SharedData.path(fixtures + "playlist_items/playlist_items_paged_2.json")))));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/videos"))
                .willReturn(aResponse()
                        .withBody(Files.readString(SharedData.path(fixtures + "videos/videos_info_single.json")))));
        System.setProperty("microscout.youtube.api", youtube.baseUrl());
    }

    @AfterEach
    void stop() {
        youtube.stop();
        System.clearProperty("microscout.youtube.api");
    }

    private int run(String... args) {
        String[] all = Stream.concat(
                        Stream.of(args), Stream.of("--home", dir.resolve("home").toString()))
                .toArray(String[]::new);
        return Main.commandLine(out, err).execute(all);
    }

    /** {@code credentials set youtube} of the home, from a key file. */
    private void setYouTubeKey() throws Exception {
        Path keyFile = dir.resolve("youtube.key");
        Files.writeString(keyFile, KEY + "\n");
        assertThat(run("credentials", "set", "youtube", "--token-file", keyFile.toString()))
                .isZero();
    }

    @Test
    void setsACredentialFetchesAndReplaysTheRawAnswersWithoutTheKeyShowingAnywhere() throws Exception {
        setYouTubeKey();
        assertThat(run("credentials")).isZero();
        assertThat(out.toString()).contains("youtube").contains("set 20");
        assertThat(run("fetch", "youtube", "@GoogleDevelopers", "--dry-run")).isZero();
        assertThat(out.toString())
                .contains("dry run, nothing fetched: 1 creator(s): at most 5 call(s), 5 quota units"
                        + " (10,000 left today)"); // channels + 2 pages of 25 x (playlistItems + videos)
        assertThat(youtube.getAllServeEvents()).isEmpty();

        assertThat(run("fetch", "youtube", "@GoogleDevelopers"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("youtube:googledevelopers: 3 answer(s)")
                .contains("3 call(s) made");
        assertThat(run("creator", "youtube:googledevelopers", "--json")).isZero();
        assertThat(out.toString()).contains("\"handle\" : \"googledevelopers\"");

        Path raw;
        try (Stream<Path> s = Files.walk(dir.resolve("home/raw"))) {
            raw = s.filter(p -> p.getFileName().toString().equals("001-channels.json"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(run(
                        "import",
                        raw.toString(),
                        raw.resolveSibling("003-videos.json").toString(),
                        "--format",
                        "youtube",
                        "--no-index"))
                .isZero();
        assertThat(out.toString()).contains("unchanged");

        // the key is in no output, no raw answer, no log, and not in clear in the database
        assertThat(out.toString() + err.toString()).doesNotContain(KEY);
        try (Stream<Path> files = Files.walk(dir.resolve("home"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString())
                        .doesNotContain(KEY);
            }
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("home/keys/secret.key")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void withoutACredentialItSaysHowToSetOne() {
        assertThat(run("fetch", "youtube", "someone")).isEqualTo(2);
        assertThat(err.toString())
                .contains("no youtube credential for the home (no --workspace): set one with"
                        + " `microscout credentials set youtube --token-file FILE`");
    }

    @Test
    void credentialsAndWatchesOfTheHomeAreListedAndRemoved() throws Exception {
        setYouTubeKey();

        assertThat(run("credentials", "remove", "youtube")).isZero();
        assertThat(run("credentials", "remove", "youtube")).isZero();
        assertThat(run("credentials")).isZero();
        assertThat(run("watch", "add", "youtube:GoogleDevelopers")).isZero();
        assertThat(run("watch", "list")).isZero();
        assertThat(run("watch", "remove", "youtube:googledevelopers")).isZero();

        assertThat(out.toString())
                .contains("removed the youtube credential of the home")
                .contains("no youtube credential for the home")
                .contains("no credentials for the home")
                .contains("watching youtube:googledevelopers in the home")
                .contains("no longer watching youtube:googledevelopers");
        assertThat(run(
                        "credentials",
                        "set",
                        "youtube",
                        "--token-file",
                        dir.resolve("missing").toString()))
                .isNotZero();
        assertThat(err.toString()).contains("missing");
    }

    @Test
    void watchRemoveSpellsTheHandleAsWatchAddDoes() throws Exception {
        assertThat(run("watch", "add", "youtube:@GoogleDevelopers")).isZero();
        assertThat(run("watch", "remove", "youtube:@GoogleDevelopers")).isZero();
        assertThat(run("watch", "list")).isZero();

        assertThat(out.toString())
                .contains("watching youtube:googledevelopers in the home")
                .contains("no longer watching youtube:googledevelopers")
                .doesNotContain("was not watching");
        assertThat(out.toString().lines().filter(l -> l.equals("youtube:googledevelopers")))
                .as("nothing left on the watch list")
                .isEmpty();
    }
}
