package io.microscout.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.microscout.connector.ConnectorFixture.limits;
import static io.microscout.connector.ConnectorFixture.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Instagram business discovery against a replay of the real Graph API answers in ../shared/data/api-fixtures. */
class InstagramFetchTest extends ConnectorFetchTest {
    static final String ACCOUNT = "17841406338772941";
    static final CreatorKey FB = CreatorKey.of(Platform.INSTAGRAM, "facebookfordevelopers");

    InstagramFetchTest() {
        super(Platform.INSTAGRAM, ACCOUNT);
    }

    private static MappingBuilder discovery(String fieldsContain) {
        return get(urlPathEqualTo("/v21.0/" + ACCOUNT)).withQueryParam("fields", containing(fieldsContain));
    }

    private void replayRealAnswers() {
        f.server.stubFor(discovery("followers_count")
                .willReturn(aResponse().withBody(shared("instagram-graph-api/discovery/user_fields.json"))));
        f.server.stubFor(discovery("media.limit(2){")
                .willReturn(aResponse().withBody(shared("instagram-graph-api/discovery/medias_p1.json"))));
        f.server.stubFor(discovery("media.limit(2).after(after)")
                .willReturn(aResponse().withBody(shared("instagram-graph-api/discovery/medias_p2.json"))));
    }

    @Test
    void fetchesTheProfileAndMediaPagesThroughTheImporterAndKeepsTheRawAnswers() throws Exception {
        replayRealAnswers();

        FetchReport report = f.fetch("instagram", limits(10, 2), "@FacebookForDevelopers");

        assertThat(report.complete()).isTrue();
        assertThat(report.creators().get(0).pages()).isEqualTo(3); // profile, page 1, page 2 (its cursor repeats)
        var creator = f.store.catalog().creator(FB).orElseThrow();
        assertThat(creator.followers()).isEqualTo(64976L);
        assertThat(f.store.catalog().posts(FB)).hasSize(4);
        Path folder = home.resolve("raw").resolve(report.creators().get(0).rawFolder());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("001-profile.json", "002-media.json", "003-media.json");
        }
        // the token travels in the Authorization header only, never in a URL
        f.server.verify(
                3,
                getRequestedFor(urlPathEqualTo("/v21.0/" + ACCOUNT))
                        .withHeader("Authorization", equalTo("Bearer " + ConnectorFixture.TOKEN)));
        assertThat(f.server.getAllServeEvents())
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(ConnectorFixture.TOKEN));
    }

    @Test
    void theSameFetchAgainIsARefreshThatStopsAtKnownMediaAndAddsAFollowerSnapshot() throws Exception {
        replayRealAnswers();
        f.fetch("instagram", limits(10, 2), "facebookfordevelopers");
        int calls = f.server.getAllServeEvents().size();
        assertThat(f.store.catalog().snapshots(FB)).hasSize(1);
        f.clock = java.time.Clock.offset(f.clock, Duration.ofDays(1));

        FetchReport refresh = f.fetch("instagram", limits(10, 2), "facebookfordevelopers");

        // profile + the newest page: its media are not newer than what the first fetch saw, so paging stops
        assertThat(f.server.getAllServeEvents().size() - calls).isEqualTo(2);
        assertThat(refresh.creators().get(0).postsAdded()).isZero();
        assertThat(f.store.catalog().posts(FB)).hasSize(4);
        // the refresh observed the profile a day later (the fetch's clock): one more follower snapshot, at that time
        assertThat(f.store.catalog().snapshots(FB))
                .extracting(s -> s.at())
                .containsExactly(
                        java.time.Instant.parse("2026-12-02T10:00:00Z"),
                        java.time.Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void twoFetchesOneSecondApartAreTwoObservations() throws Exception {
        replayRealAnswers();
        f.fetch("instagram", limits(10, 2), "facebookfordevelopers");
        f.clock = java.time.Clock.offset(f.clock, Duration.ofSeconds(1));
        f.fetch("instagram", limits(10, 2), "facebookfordevelopers");
        assertThat(f.store.catalog().snapshots(FB)).hasSize(2);
    }

    @Test
    void pacesBelowMetasUsageHeadersAndStopsWhenTheWindowIsTooFarAway() throws Exception {
        f.server.stubFor(discovery("followers_count")
                .willReturn(aResponse()
                        .withHeader("X-App-Usage", "{\"call_count\":90,\"total_cputime\":12,\"total_time\":20}")
                        .withBody(shared("instagram-graph-api/discovery/user_fields.json"))));
        f.server.stubFor(discovery("media.limit(2){")
                .willReturn(aResponse()
                        .withHeader(
                                "X-Business-Use-Case-Usage",
                                "{\"" + ACCOUNT + "\":[{\"type\":\"instagram\",\"call_count\":100,"
                                        + "\"total_cputime\":30,\"total_time\":40,\"estimated_time_to_regain_access\":30}]}")
                        .withBody(shared("instagram-graph-api/discovery/medias_p1.json"))));

        FetchReport report = f.fetch("instagram", limits(10, 2), "facebookfordevelopers");

        // 90% of the app's hourly budget: wait 3600 s x (90 - 85) / 90 = 200 s, then go on
        assertThat(f.waits).containsExactly(Duration.ofSeconds(200));
        // the business use case is throttled for 30 min, longer than --max-wait 10 min: stop, say when to resume
        assertThat(report.stopped()).contains("100%").contains("access back in 30 min");
        assertThat(report.resumeAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(report.remaining()).containsExactly("facebookfordevelopers");
        // what came before the stop is stored, and the cursor resumes after it
        assertThat(f.store.catalog().posts(FB)).hasSize(2);
    }

    @Test
    void anExpiredTokenStopsWithAMessageNamingTheWorkspaceAndPlatformButNotTheToken() throws Exception {
        f.server.stubFor(discovery("followers_count")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody(
                                "{\"error\":{\"message\":\"Error validating access token: Session has expired on Tuesday. Token "
                                        + ConnectorFixture.TOKEN
                                        + "\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,"
                                        + "\"fbtrace_id\":\"AbC\"}}")));

        FetchReport report = f.fetch("instagram", limits(10, 2), "facebookfordevelopers", "another.one");

        assertThat(report.stopped())
                .contains("Instagram token of workspace 'Acme Beauty'")
                .contains("expired or was revoked")
                .doesNotContain(ConnectorFixture.TOKEN);
        assertThat(report.remaining()).containsExactly("facebookfordevelopers", "another.one");
    }

    @Test
    void aNonBusinessAccountFailsThatCreatorOnlyAndAMalformedAnswerStoresNothing() throws Exception {
        replayRealAnswers(); // the later stubs win for their usernames
        f.server.stubFor(discovery("username(nobody.here)")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody(
                                "{\"error\":{\"message\":\"Invalid user id\",\"type\":\"OAuthException\",\"code\":110,"
                                        + "\"error_subcode\":2207013}}")));
        f.server.stubFor(
                discovery("username(broken.body)").willReturn(aResponse().withBody("{\"business_discovery\": {")));

        FetchReport report = f.fetch("instagram", limits(2, 2), "nobody.here", "broken.body", "facebookfordevelopers");

        assertThat(report.creators())
                .extracting(FetchReport.CreatorOutcome::status)
                .containsExactly(FetchReport.Status.FAILED, FetchReport.Status.FAILED, FetchReport.Status.FETCHED);
        assertThat(report.creators().get(0).message())
                .contains("no Instagram business or creator account @nobody.here");
        assertThat(report.creators().get(1).message()).contains("not JSON").contains("nothing of it was stored");
        assertThat(Files.exists(home.resolve("raw/instagram/42/broken.body"))).isFalse();
        assertThat(f.server.findAll(getRequestedFor(urlPathEqualTo("/v21.0/" + ACCOUNT))
                        .withQueryParam("fields", matching(".*broken.body.*"))))
                .hasSize(1); // a malformed 200 is not retried
    }
}
