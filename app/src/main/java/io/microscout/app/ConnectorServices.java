package io.microscout.app;

import io.microscout.connector.Connector;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.FetchService;
import io.microscout.connector.HttpCalls;
import io.microscout.connector.RawResponses;
import io.microscout.connector.Sleeper;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.platforms.Connectors;
import io.microscout.connector.schedule.WatchedRefresh;
import io.microscout.connector.state.JdbiCredentials;
import io.microscout.connector.state.JdbiCursors;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.connector.state.JdbiRefreshRuns;
import io.microscout.connector.state.JdbiWatches;
import io.microscout.creator.Platform;
import io.microscout.store.secrets.SecretBox;
import java.net.http.HttpClient;
import java.time.Duration;

/** The connectors wired on one {@link MicroScout}: credentials sealed with the home's key, fetch, watches, refresh. */
public final class ConnectorServices {
    private final MicroScout app;
    private final JdbiCredentials credentials;

    public ConnectorServices(MicroScout app) {
        this.app = app;
        this.credentials = new JdbiCredentials(
                app.store().jdbi(), SecretBox.forHome(app.location().home()));
    }

    public JdbiCredentials credentials() {
        return credentials;
    }

    public JdbiWatches watches() {
        return new JdbiWatches(app.store().jdbi());
    }

    public JdbiRefreshRuns runs() {
        return new JdbiRefreshRuns(app.store().jdbi());
    }

    /**
     * The creator as its platform's connector spells the handle ("@Zoe.H" and "zoe.h" are one watch): every way in
     * to the watch list (watch add/remove, the API) goes through here.
     */
    public io.microscout.creator.CreatorKey normalized(String creator) {
        io.microscout.creator.CreatorKey k = io.microscout.creator.CreatorKey.parse(creator);
        platform(k.platform().id());
        return io.microscout.creator.CreatorKey.of(
                k.platform(), connector(k.platform().id(), Duration.ZERO).normalize(k.handle()));
    }

    public Connector connector(String platform, Duration maxWait) {
        return new Connectors(
                        Connectors.environment(), new JdbiQuotaUsage(app.store().jdbi()), Sleeper.real(), app.clock())
                .forPlatform(platform, maxWait);
    }

    public FetchService fetch() {
        return new FetchService(
                credentials,
                new JdbiCursors(app.store().jdbi()),
                app.imports(),
                new RawResponses(app.location().home()),
                new HttpCalls(
                        HttpClient.newBuilder()
                                .connectTimeout(Duration.ofSeconds(20))
                                .build(),
                        Sleeper.real(),
                        app.clock()),
                app.clock());
    }

    public WatchedRefresh refresh(FetchLimits limits) {
        return new WatchedRefresh(
                watches(), runs(), fetch(), p -> connector(p.id(), limits.maxWait()), limits, app.clock());
    }

    /** A workspace by name or id ({@code null}: the home itself); a clear error when there is none. */
    public WorkspaceLabel workspace(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return WorkspaceLabel.HOME;
        }
        var rows = app.store()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT id, name FROM workspaces WHERE name = :n OR CAST(id AS VARCHAR(24)) = :n ORDER BY id")
                        .bind("n", nameOrId.strip())
                        .map((rs, c) -> new WorkspaceLabel(rs.getLong("id"), rs.getString("name")))
                        .list());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no workspace '" + nameOrId + "' (workspaces are made in the web app,"
                    + " `microscout serve`; leave --workspace out for the home itself)");
        }
        if (rows.size() > 1) {
            throw new IllegalArgumentException("several workspaces are named '" + nameOrId + "'; give its id instead: "
                    + rows.stream().map(w -> Long.toString(w.id())).toList());
        }
        return rows.get(0);
    }

    public WorkspaceLabel workspace(long id) {
        return id == 0 ? WorkspaceLabel.HOME : workspace(Long.toString(id));
    }

    public static Platform platform(String name) {
        Platform p = Platform.parse(name);
        if (p != Platform.INSTAGRAM && p != Platform.YOUTUBE && p != Platform.TIKTOK) {
            throw new IllegalArgumentException("no connector for " + name + "; one of instagram, youtube, tiktok");
        }
        return p;
    }
}
