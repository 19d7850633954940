package io.microscout.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.microscout.connector.ConnectorFixture.limits;
import static io.microscout.connector.ConnectorFixture.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** YouTube Data API v3 against a replay of the real answers in ../shared/data/api-fixtures. */
class YouTubeFetchTest extends ConnectorFetchTest {
    static final String UPLOADS = "UU_x5XG1OV2P6uZZ5FSM9Ttw";

    YouTubeFetchTest() {
        super(Platform.YOUTUBE, null);
    }

    private void replay() {
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .withQueryParam("forHandle", equalTo("@googledevelopers"))
                .willReturn(aResponse().withBody(shared("youtube-data-api-v3/channels/info.json"))));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems"))
                .withQueryParam("playlistId", equalTo(UPLOADS))
                .withQueryParam("pageToken", absent())
                .willReturn(aResponse()
                        .withBody(shared("youtube-data-api-v3/playlist_items/playlist_items_paged_1.json"))));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems"))
                .withQueryParam("pageToken", equalTo("CAoQAA"))
                .willReturn(aResponse()
                        .withBody(shared("youtube-data-api-v3/playlist_items/playlist_items_paged_2.json"))));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/videos"))
                .willReturn(aResponse().withBody(shared("youtube-data-api-v3/videos/videos_info_single.json"))));
    }

    private long unitsSpent(String day) {
        String key = f.credentials().get(42, Platform.YOUTUBE).orElseThrow().keyId();
        return new JdbiQuotaUsage(f.store.jdbi()).spent(Platform.YOUTUBE, key, day);
    }

    @Test
    void fetchesChannelUploadsAndVideosCountingUnitsPerPacificDay() throws Exception {
        replay();

        FetchReport report = f.fetch("youtube", limits(50, 10), "@GoogleDevelopers");

        assertThat(report.complete()).isTrue();
        var channel = f.store.catalog().creator(CreatorKey.of(Platform.YOUTUBE, "googledevelopers"));
        assertThat(channel).isPresent();
        // channels 1 + two uploads pages 2 + two videos.list 2 = 5 units, on 2026-12-02 Pacific time
        assertThat(unitsSpent("2026-12-02")).isEqualTo(5);
        assertThat(report.calls()).isEqualTo(5);
        assertThat(f.server.getAllServeEvents()).hasSize(5).allSatisfy(e -> {
            assertThat(e.getRequest().getHeader("X-goog-api-key")).isEqualTo(ConnectorFixture.TOKEN);
            assertThat(e.getRequest().getUrl()).doesNotContain(ConnectorFixture.TOKEN);
        });
        FetchEstimate estimate = f.fetchService()
                .estimate(f.connector("youtube", Duration.ofMinutes(1)), ConnectorFixture.WORKSPACE, 3, limits(50, 50));
        assertThat(estimate.describe()).startsWith("3 creator(s): at most 9 call(s), 9 quota units (9,995 left today)");
    }

    @Test
    void stopsBeforeTheDailyUnitsArePassedAndResumesWithoutFetchingAnyPageTwice() throws Exception {
        replay();
        f.settings.put("MICROSCOUT_YOUTUBE_UNITS_PER_DAY", "3");

        FetchReport first = f.fetch("youtube", limits(50, 10), "googledevelopers");

        assertThat(first.stopped()).contains("3 of 3 units").contains("midnight America/Los_Angeles");
        assertThat(first.resumeAt()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z")); // midnight PST
        assertThat(first.remaining()).containsExactly("googledevelopers");
        assertThat(f.server.getAllServeEvents()).hasSize(3);

        f.clock = java.time.Clock.offset(f.clock, Duration.ofHours(23));
        FetchReport resumed = f.fetch("youtube", limits(50, 10), "googledevelopers");

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.creators().get(0).resumed()).isTrue();
        assertThat(f.server.getAllServeEvents()).hasSize(5); // the 2 calls left, nothing again
        assertThat(unitsSpent("2026-12-03")).isEqualTo(2);
    }

    @Test
    void honoursRetryAfterOn429AndBacksOffWithJitterOn5xx() throws Exception {
        replay();
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
                .willSetStateTo("503-1"));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .inScenario("flaky")
                .whenScenarioStateIs("503-1")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("503-2"));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .inScenario("flaky")
                .whenScenarioStateIs("503-2")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("ok"));
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(shared("youtube-data-api-v3/channels/info.json"))));

        FetchReport report = f.fetch("youtube", limits(0, 10), "googledevelopers");

        assertThat(report.complete()).isTrue();
        assertThat(f.waits).hasSize(3);
        assertThat(f.waits.get(0)).isEqualTo(Duration.ofSeconds(7)); // the server's Retry-After
        // full jitter: attempt 2 waits in [0.05, 2.05) s, attempt 3 in [0.05, 4.05) s
        assertThat(f.waits.get(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(2050));
        assertThat(f.waits.get(2)).isBetween(Duration.ofMillis(50), Duration.ofMillis(4050));
        assertThat(unitsSpent("2026-12-02")).isEqualTo(4); // YouTube charges failed calls too
    }

    @Test
    void aRetryAfterLongerThanMaxWaitStopsAndSaysWhenToResume() throws Exception {
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        FetchReport report = f.fetch("youtube", limits(0, 10), "googledevelopers");

        assertThat(report.stopped()).contains("asks to wait 3600 s").contains("--max-wait 600 s");
        assertThat(report.resumeAt()).isEqualTo(f.clock.instant().plusSeconds(3600));
        assertThat(f.waits).isEmpty();
    }

    @Test
    void quotaExceededFromYouTubeStopsUntilMidnightPacific() throws Exception {
        f.server.stubFor(
                get(urlPathEqualTo("/youtube/v3/channels"))
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withBody(
                                                "{\"error\":{\"code\":403,\"message\":\"The request cannot be completed because you have exceeded your"
                                                        + " quota.\",\"errors\":[{\"message\":\"quota\",\"domain\":\"youtube.quota\",\"reason\":\"quotaExceeded\"}]}}")));

        FetchReport report = f.fetch("youtube", limits(0, 10), "googledevelopers", "another");

        assertThat(report.stopped())
                .contains("daily quota of this key is spent")
                .contains("quotaExceeded");
        assertThat(report.resumeAt()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(report.remaining()).containsExactly("googledevelopers", "another");
    }

    @Test
    void anInvalidKeyStopsNamingTheWorkspaceAndTheRealPermissionErrorFailsTheCreator() throws Exception {
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .withQueryParam("forHandle", equalTo("@first"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody(shared("youtube-data-api-v3/error_permission_resp.json"))));
        f.server.stubFor(
                get(urlPathEqualTo("/youtube/v3/channels"))
                        .withQueryParam("forHandle", equalTo("@second"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody(
                                                "{\"error\":{\"code\":400,\"message\":\"API key not"
                                                        + " valid. Please pass a valid API key.\",\"errors\":[{\"message\":\"API key not valid.\","
                                                        + "\"domain\":\"global\",\"reason\":\"badRequest\"}],\"status\":\"INVALID_ARGUMENT\","
                                                        + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\"}]}}")));

        FetchReport report = f.fetch("youtube", limits(0, 10), "first", "second");

        assertThat(report.creators().get(0).status()).isEqualTo(FetchReport.Status.FAILED);
        assertThat(report.creators().get(0).message()).contains("403");
        assertThat(report.stopped())
                .contains("YouTube API key of workspace 'Acme Beauty' was refused")
                .doesNotContain(ConnectorFixture.TOKEN);
    }
}
