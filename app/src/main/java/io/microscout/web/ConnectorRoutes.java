package io.microscout.web;

import static io.microscout.web.Route.Access.MANAGE;
import static io.microscout.web.Route.Access.READ;
import static io.microscout.web.Route.Access.WRITE;
import static io.microscout.web.Router.arrayOf;
import static io.microscout.web.Router.object;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.schedule.RefreshScheduler;
import io.microscout.connector.state.JdbiRefreshRuns;
import io.microscout.creator.CreatorKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The connectors in the server (docs/connectors.md): a workspace's watched creators, its refresh schedule and the
 * history of refresh runs with their progress; and the scheduler that runs the refreshes while {@code serve} runs.
 * Credentials are set with the CLI ({@code credentials set}), never sent through the web.
 */
final class ConnectorRoutes {
    static final Map<String, Object> RUN = object(
            "id",
            "integer",
            "startedAt",
            "string",
            "finishedAt",
            "string",
            "status",
            "string",
            "creatorsTotal",
            "integer",
            "creatorsDone",
            "integer",
            "calls",
            "integer",
            "message",
            "string");
    static final Map<String, Object> WATCHED =
            object("creators", arrayOf(Map.of("type", "string")), "everyMinutes", "integer", "nextAt", "string");

    private final Router router;
    private final ConnectorServices services;
    private final WebServer.Pages pages;
    private final MicroScout app;
    private final PageFrames frames;
    private final ExecutorService runNow = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "microscout-refresh-now");
        t.setDaemon(true);
        return t;
    });

    /** How a page gets its frame (the nav, the caller, the CSRF token). */
    @FunctionalInterface
    interface PageFrames {
        Frame frame(Router.Call c, String title, String active);
    }

    ConnectorRoutes(Router router, MicroScout app, WebServer.Pages pages, PageFrames frames) {
        this.router = router;
        this.app = app;
        this.services = new ConnectorServices(app);
        this.pages = pages;
        this.frames = frames;
    }

    /** Registers the routes and starts the scheduler (checked every minute), stopped with the server. */
    void register(Javalin javalin) {
        RefreshScheduler scheduler = new RefreshScheduler(
                        services.watches(), services.refresh(FetchLimits.defaults()), services::workspace, app.clock())
                .start(60);
        javalin.events(e -> e.serverStopping(() -> {
            scheduler.close();
            runNow.shutdownNow();
        }));
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/connectors/watched",
                        READ,
                        "the creators the workspace refreshes on its schedule, and the schedule",
                        List.of(),
                        null,
                        null,
                        WATCHED,
                        ApiRoutes.JSON_TYPE),
                c -> c.ctx().json(watched(c.workspace())));
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/connectors/watched",
                        WRITE,
                        "watch a creator (PLATFORM:HANDLE of instagram, youtube or tiktok)",
                        List.of(),
                        object("creator", "string"),
                        ApiRoutes.JSON_TYPE,
                        WATCHED,
                        ApiRoutes.JSON_TYPE),
                c -> {
                    CreatorKey k = services.normalized(ApiRoutes.text(ApiRoutes.body(c.ctx()), "creator", true));
                    services.watches().watch(c.workspace(), k, app.clock().instant());
                    c.ctx().status(201).json(watched(c.workspace()));
                });
        router.api(
                new Route(
                        HandlerType.PUT,
                        "/api/workspaces/{ws}/connectors/schedule",
                        MANAGE,
                        "set how often serve refreshes the watched creators (everyMinutes; 0 turns it off)",
                        List.of(),
                        object("everyMinutes", "integer"),
                        ApiRoutes.JSON_TYPE,
                        WATCHED,
                        ApiRoutes.JSON_TYPE),
                c -> {
                    Object every = ApiRoutes.body(c.ctx()).get("everyMinutes");
                    if (!(every instanceof Number n) || n.intValue() < 0) {
                        throw new IllegalArgumentException("everyMinutes: a whole number of minutes, 0 for off");
                    }
                    if (n.intValue() == 0) {
                        services.watches().unschedule(c.workspace());
                    } else {
                        Duration d = Duration.ofMinutes(n.intValue());
                        services.watches()
                                .schedule(
                                        c.workspace(), d, app.clock().instant().plus(d));
                    }
                    c.ctx().json(watched(c.workspace()));
                });
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/connectors/runs",
                        READ,
                        "the latest refresh runs, newest first, with their progress",
                        List.of(),
                        null,
                        null,
                        arrayOf(RUN),
                        ApiRoutes.JSON_TYPE),
                c -> c.ctx()
                        .json(services.runs().recent(c.workspace(), 50).stream()
                                .map(ConnectorRoutes::run)
                                .toList()));
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/connectors/runs",
                        WRITE,
                        "refresh the watched creators now (in the background; follow it in the runs)",
                        List.of(),
                        object(),
                        ApiRoutes.JSON_TYPE,
                        object("started", "boolean"),
                        ApiRoutes.JSON_TYPE),
                c -> {
                    long ws = c.workspace();
                    runNow.submit(() -> {
                        services.refresh(FetchLimits.defaults()).run(services.workspace(ws));
                        return null;
                    });
                    c.ctx().status(202).json(Map.of("started", true));
                });
        router.page(
                HandlerType.GET,
                "/w/{ws}/connectors",
                READ,
                "watched creators, schedule and refresh runs",
                c -> c.ctx()
                        .html(pages.render(
                                "connectors.jte",
                                Map.of(
                                        "f", frames.frame(c, "Refresh", "connectors"),
                                        "creators",
                                                services.watches().watched(c.workspace()).stream()
                                                        .map(CreatorKey::toString)
                                                        .toList(),
                                        "schedule",
                                                services.watches()
                                                        .schedule(c.workspace())
                                                        .map(s -> "every "
                                                                + s.every().toMinutes() + " min; next at " + s.nextAt())
                                                        .orElse(
                                                                "no schedule (microscout watch schedule hourly --workspace ...)"),
                                        "runs", services.runs().recent(c.workspace(), 20)))));
    }

    private Map<String, Object> watched(long workspace) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "creators",
                services.watches().watched(workspace).stream()
                        .map(CreatorKey::toString)
                        .toList());
        var s = services.watches().schedule(workspace);
        m.put("everyMinutes", s.map(x -> (Object) x.every().toMinutes()).orElse(null));
        m.put("nextAt", s.map(x -> (Object) x.nextAt().toString()).orElse(null));
        return m;
    }

    private static Map<String, Object> run(JdbiRefreshRuns.Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("startedAt", r.startedAt().toString());
        m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        m.put("status", r.status());
        m.put("creatorsTotal", r.creatorsTotal());
        m.put("creatorsDone", r.creatorsDone());
        m.put("calls", r.calls());
        m.put("message", r.message());
        return m;
    }
}
