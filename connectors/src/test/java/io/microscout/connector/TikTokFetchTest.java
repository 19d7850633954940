package io.microscout.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.microscout.connector.ConnectorFixture.limits;
import static io.microscout.connector.ConnectorFixture.own;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** TikTok Research API against a replay of this module's fixtures (written from TikTok's documented shapes). */
class TikTokFetchTest extends ConnectorFetchTest {
    static final CreatorKey MIA = CreatorKey.of(Platform.TIKTOK, "mia.greens");

    TikTokFetchTest() {
        super(Platform.TIKTOK, null);
    }

    private void replay() {
        f.server.stubFor(post(urlPathEqualTo("/v2/research/user/info/"))
                .withRequestBody(equalToJson("{\"username\":\"mia.greens\"}"))
                .willReturn(aResponse().withBody(own("tiktok/user-info.json"))));
        f.server.stubFor(post(urlPathEqualTo("/v2/research/video/query/"))
                .withRequestBody(containing("\"cursor\":0"))
                .willReturn(aResponse().withBody(own("tiktok/videos-p1.json"))));
        f.server.stubFor(post(urlPathEqualTo("/v2/research/video/query/"))
                .withRequestBody(containing("\"cursor\":2"))
                .withRequestBody(containing("\"search_id\":\"7446001999999999999\""))
                .willReturn(aResponse().withBody(own("tiktok/videos-p2.json"))));
    }

    @Test
    void fetchesUserInfoAndPagesOfTheVideoQueryCountingRequestsPerUtcDay() throws Exception {
        replay();

        FetchReport report = f.fetch("tiktok", limits(50, 100), "@mia.greens");

        assertThat(report.complete()).isTrue();
        assertThat(f.store.catalog().creator(MIA).orElseThrow().followers()).isEqualTo(48210L);
        assertThat(f.store.catalog().posts(MIA)).hasSize(3);
        assertThat(new JdbiQuotaUsage(f.store.jdbi())
                        .spent(
                                Platform.TIKTOK,
                                f.credentials()
                                        .get(42, Platform.TIKTOK)
                                        .orElseThrow()
                                        .keyId(),
                                "2026-12-02"))
                .isEqualTo(3);
        // the query covers the last 30 days, the Research API's longest window
        f.server.verify(postRequestedFor(urlPathEqualTo("/v2/research/video/query/"))
                .withRequestBody(containing("\"start_date\":\"20261103\",\"end_date\":\"20261202\"")));
    }

    @Test
    void stopsBeforeTheDailyRequestBudgetIsPassedAndResumesTheNextUtcDay() throws Exception {
        replay();
        f.settings.put("MICROSCOUT_TIKTOK_REQUESTS_PER_DAY", "2");

        FetchReport first = f.fetch("tiktok", limits(50, 100), "mia.greens");

        assertThat(first.stopped())
                .contains("quota of this key is spent for today")
                .contains("2 of 2 requests");
        assertThat(first.resumeAt()).isEqualTo(java.time.Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(f.server.getAllServeEvents()).hasSize(2);

        f.clock = java.time.Clock.offset(f.clock, java.time.Duration.ofHours(15));
        FetchReport resumed = f.fetch("tiktok", limits(50, 100), "mia.greens");

        assertThat(resumed.creators().get(0).resumed()).isTrue();
        assertThat(f.server.getAllServeEvents()).hasSize(3); // only the page not fetched yet
        assertThat(f.store.catalog().posts(MIA)).hasSize(3);
    }

    @Test
    void anInvalidTokenStopsNamingTheWorkspace() throws Exception {
        f.server.stubFor(post(urlPathEqualTo("/v2/research/user/info/"))
                .willReturn(aResponse().withStatus(401).withBody(own("tiktok/error-token.json"))));

        FetchReport report = f.fetch("tiktok", limits(50, 100), "mia.greens");

        assertThat(report.stopped())
                .contains("TikTok access token of workspace 'Acme Beauty' was refused")
                .contains("access_token_invalid");
    }

    @Test
    void theStoredUserInfoReplaysWithImportGivenTheCreator() throws Exception {
        replay();
        FetchReport report = f.fetch("tiktok", limits(0, 100), "mia.greens");
        Path file = home.resolve("raw")
                .resolve(report.creators().get(0).rawFolder())
                .resolve("001-user-info.json");

        var plain = new io.microscout.importer.tiktok.TikTokReader()
                .read(file, io.microscout.importer.ImportOptions.defaults(), (p, id) -> java.util.Optional.empty());
        var withCreator = new io.microscout.importer.tiktok.TikTokReader("mia.greens")
                .read(file, io.microscout.importer.ImportOptions.defaults(), (p, id) -> java.util.Optional.empty());

        assertThat(plain.problems().get(0).toString()).contains("--creator tiktok:HANDLE");
        assertThat(withCreator.batch().creators()).extracting(c -> c.key()).containsExactly(MIA);
    }
}
