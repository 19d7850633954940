package io.microscout.connector;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.microscout.connector.platforms.Connectors;
import io.microscout.connector.state.JdbiCredentials;
import io.microscout.connector.state.JdbiCursors;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.Platform;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.ImportService;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.store.secrets.SecretBox;
import io.microscout.testing.SharedData;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real embedded catalog in a temporary home, a WireMock server on a free port standing in for the platforms
 * (base URLs pointed at it), and a fetch service whose waits are recorded instead of slept.
 */
public final class ConnectorFixture implements AutoCloseable {
    public static final String TOKEN = "EAAtestTOKEN-4f1c9a0d7e-not-real";
    public static final WorkspaceLabel WORKSPACE = new WorkspaceLabel(42, "Acme Beauty");

    public final Path home;
    public final WireMockServer server;
    public final CatalogStore store;
    public final ImportService imports;
    public final List<Duration> waits = new ArrayList<>();
    public final Map<String, String> settings = new HashMap<>();
    public Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    public final SecretBox box;

    public ConnectorFixture(Path home) {
        this(home, null);
    }

    /** With the platforms at that base URL (a child process of a test), or a new WireMock server when null. */
    public ConnectorFixture(Path home, String baseUrl) {
        this.home = home;
        this.server = baseUrl != null
                ? null
                : new WireMockServer(
                        WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        if (server != null) {
            server.start();
        }
        this.store = CatalogStore.open(StoreLocation.sqlite(home));
        this.imports = new ImportService(
                store.catalog(),
                new CatalogMeasurer(
                        store.catalog(), new MetricsCalculator(MetricsWindow.defaults()), Clock.systemUTC()));
        this.box = new SecretBox(new byte[32]);
        for (String p : List.of("INSTAGRAM", "YOUTUBE", "TIKTOK")) {
            settings.put("MICROSCOUT_" + p + "_API", server != null ? server.baseUrl() : baseUrl);
        }
    }

    /** The real fixture file under ../shared/data/api-fixtures (skips, or fails in CI, when it is missing). */
    public static String shared(String relative) {
        try {
            return Files.readString(SharedData.path("api-fixtures/" + relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One of this module's own fixtures (TikTok, written from TikTok's documented shapes). */
    public static String own(String relative) {
        try (var in = ConnectorFixture.class.getResourceAsStream("/fixtures/" + relative)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public JdbiCredentials credentials() {
        return new JdbiCredentials(store.jdbi(), box);
    }

    public void credential(Platform platform, String account) {
        credentials().set(WORKSPACE.id(), platform, account, TOKEN, clock.instant());
    }

    public Connector connector(String platform, Duration maxWait) {
        return new Connectors(settings::get, new JdbiQuotaUsage(store.jdbi()), waits::add, clock)
                .forPlatform(platform, maxWait);
    }

    public FetchService fetchService() {
        return new FetchService(
                credentials(),
                new JdbiCursors(store.jdbi()),
                imports,
                new RawResponses(home),
                new HttpCalls(HttpClient.newHttpClient(), waits::add, clock),
                clock);
    }

    public FetchReport fetch(String platform, FetchLimits limits, String... handles) throws InterruptedException {
        return fetchService()
                .fetch(connector(platform, limits.maxWait()), WORKSPACE, List.of(handles), limits, (o, d, t, c) -> {});
    }

    public static FetchLimits limits(int maxPosts, int pageSize) {
        return new FetchLimits(maxPosts, pageSize, Duration.ofMinutes(10), false);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }
}
