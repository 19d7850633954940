package io.microscout.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.microscout.app.ConnectorServices;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.schedule.RefreshScheduler;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watched creators, the schedule and the refresh runs through the REST API, against a replay of YouTube's answers. */
class ConnectorRoutesTest {
    @TempDir
    Path dir;

    ServerFixture s;
    WireMockServer youtube;

    @BeforeEach
    void start() throws Exception {
        youtube =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        youtube.start();
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .willReturn(aResponse()
                        .withBody(Files.readString(
                                SharedData.path("api-fixtures/youtube-data-api-v3/channels/info.json")))));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems"))
                .willReturn(aResponse().withBody("{\"items\":[]}")));
        System.setProperty("microscout.youtube.api", youtube.baseUrl());
        s = new ServerFixture(dir);
        new ConnectorServices(s.app)
                .credentials()
                .set(
                        s.brandA.id(),
                        Platform.YOUTUBE,
                        null,
                        "AIza-test-key",
                        s.app.clock().instant());
    }

    @AfterEach
    void stop() {
        s.close();
        youtube.stop();
        System.clearProperty("microscout.youtube.api");
    }

    @Test
    void editorsWatchCreatorsAndARefreshRunShowsItsProgressAndHistory() throws Exception {
        String base = "/api/workspaces/" + s.brandA.id() + "/connectors";
        assertThat(s.send("POST", base + "/watched", s.vic, "{\"creator\":\"youtube:googledevelopers\"}")
                        .statusCode())
                .isEqualTo(403); // a viewer
        assertThat(s.get(base + "/runs", s.bob).statusCode()).isEqualTo(404); // not a member
        var watched = s.send("POST", base + "/watched", s.alice, "{\"creator\":\"youtube:googledevelopers\"}");
        assertThat(watched.statusCode()).isEqualTo(201);
        assertThat(watched.body()).contains("youtube:googledevelopers");

        assertThat(s.send("POST", base + "/runs", s.alice, "{}").statusCode()).isEqualTo(202);
        String runs = "";
        for (int i = 0; i < 200 && !runs.contains("\"done\""); i++) {
            Thread.sleep(100);
            runs = s.get(base + "/runs", s.vic).body();
        }
        assertThat(runs)
                .contains("\"status\":\"done\"")
                .contains("\"creatorsDone\":1")
                .contains("\"calls\":2");
        assertThat(s.app.catalog().creator(CreatorKey.of(Platform.YOUTUBE, "googledevelopers")))
                .isPresent();
        assertThat(s.get("/w/" + s.brandA.id() + "/connectors", s.alice).body()).contains("youtube:googledevelopers");
    }

    @Test
    void theSchedulerRunsAWorkspaceRefreshWhenItIsDueAndMovesTheNextTimeOn() throws Exception {
        var services = new ConnectorServices(s.app);
        services.watches()
                .watch(
                        s.brandA.id(),
                        CreatorKey.of(Platform.YOUTUBE, "googledevelopers"),
                        s.app.clock().instant());
        String base = "/api/workspaces/" + s.brandA.id() + "/connectors";
        assertThat(s.send("PUT", base + "/schedule", s.alice, "{\"everyMinutes\":60}")
                        .body())
                .contains("\"everyMinutes\":60");
        services.watches()
                .schedule(
                        s.brandA.id(),
                        Duration.ofHours(1),
                        s.app.clock().instant().minusSeconds(1));
        try (RefreshScheduler scheduler = new RefreshScheduler(
                services.watches(), services.refresh(FetchLimits.defaults()), services::workspace, s.app.clock())) {
            assertThat(scheduler.tick()).isEqualTo(1);
            assertThat(scheduler.tick()).isZero(); // next at in an hour
        }
        assertThat(services.runs().recent(s.brandA.id(), 5))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("done"));
    }
}
