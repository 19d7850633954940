package io.microscout.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.microscout.app.MicroScout;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.store.workspace.JdbiWebSessions;
import io.microscout.workspace.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP server: Javalin (Jetty) with the REST API and the web pages, on one {@link MicroScout}. Every answer
 * carries the security headers; callers are known by session cookie or by personal API token; a state-changing
 * call with a session cookie needs the session's CSRF token (form field {@code _csrf} or header
 * {@code X-CSRF-Token}); errors are RFC 9457 problem documents (the pages show them as an error page).
 */
public final class WebServer implements AutoCloseable {
    static final String CALLER = "microscout.caller";
    static final String SESSION_COOKIE = "ms_session";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param secureCookies mark cookies Secure: set it when clients reach the server over HTTPS (a TLS-terminating
     *                      proxy in front: {@code serve --https-proxy}); requests that arrive over TLS get Secure
     *                      cookies anyway
     */
    public record Options(String host, int port, boolean secureCookies) {}

    private final Javalin javalin;
    private final Router router;
    private final List<String> handlers = new CopyOnWriteArrayList<>();
    private final Options options;
    private final ImportJobs imports;

    private WebServer(MicroScout app, Options options) {
        this.options = options;
        JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
        Sessions sessions = new Sessions(new JdbiWebSessions(app.store().jdbi()), app.clock());
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
            });
            config.events(e -> e.handlerAdded(meta -> handlers.add(meta.getHttpMethod() + " " + meta.getPath())));
        });
        this.router = new Router(javalin, accounts);
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Workbench bench = new Workbench(app);
        this.imports = new ImportJobs(app);
        Pages pages = new Pages(templates);
        javalin.before(ctx -> {
            headers(ctx);
            ctx.attribute(CALLER, caller(ctx, accounts, sessions));
            checkCsrf(ctx);
        });
        javalin.exception(Problem.class, (e, ctx) -> problem(ctx, e, pages));
        javalin.exception(
                IllegalArgumentException.class,
                (e, ctx) -> problem(ctx, Problem.fromMessage("", e.getMessage()), pages));
        javalin.exception(Exception.class, (e, ctx) -> {
            e.printStackTrace();
            problem(
                    ctx,
                    new Problem(
                            500,
                            "Server error",
                            null,
                            "something went wrong on the server: "
                                    + e.getClass().getSimpleName()),
                    pages);
        });
        javalin.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().startsWith("Endpoint ")) {
                problem(ctx, Problem.notFound("no such page or route: " + ctx.method() + " " + ctx.path()), pages);
            }
        });
        new SignIn(
                        router,
                        accounts,
                        sessions,
                        new Passwords(),
                        new SignInLimiter(app.clock()),
                        app.clock(),
                        pages,
                        this)
                .register();
        ApiRoutes api = new ApiRoutes(router, bench, accounts, imports, new Passwords(), app.clock());
        api.register();
        new PersonalDataRoutes(router, app).register();
        new TokenPages(router, accounts, pages, app.clock()).register();
        PageRoutes pageRoutes = new PageRoutes(router, bench, accounts, imports, pages, api);
        pageRoutes.register();
        new CampaignRoutes(router, app, accounts, pages).register();
        new OutreachRoutes(router, bench, accounts, pages).register();
        new ConnectorRoutes(router, app, pages, pageRoutes::frame).register(javalin); // docs/connectors.md
        javalin.get("/api/openapi.json", ctx -> ctx.json(OpenApi.document(router.routes())));
        javalin.get("/api/docs", ctx -> ctx.html(pages.render("swagger.jte", Map.of())));
        OpenApi.document(router.routes()); // fails fast on an undocumented API route
    }

    public static WebServer start(MicroScout app, Options options) {
        WebServer server = new WebServer(app, options);
        server.javalin.start(options.host(), options.port());
        return server;
    }

    public int port() {
        return javalin.port();
    }

    public String url() {
        return "http://" + ("0.0.0.0".equals(options.host()) ? "127.0.0.1" : options.host()) + ":" + port();
    }

    /** The routes as documented. */
    public List<Route> routes() {
        return router.routes();
    }

    /** Every handler Javalin holds, as "METHOD path" (tests compare them with the documented routes). */
    public List<String> handlers() {
        return List.copyOf(handlers);
    }

    String sessionCookie(Context ctx, String value, int maxAgeSeconds) {
        boolean secure = options.secureCookies() || ctx.req().isSecure();
        return SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    boolean secureCookies(Context ctx) {
        return options.secureCookies() || ctx.req().isSecure();
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Caller caller(Context ctx, JdbiAccounts accounts, Sessions sessions) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).trim();
            Long userId = accounts.tokenUser(Passwords.sha256(token)).orElse(null);
            if (userId == null) {
                throw new Problem(401, "Invalid token", "Authorization", "the API token is unknown or revoked");
            }
            User u = accounts.user(userId).orElseThrow(Problem::unauthorized);
            return new Caller(u, null);
        }
        Sessions.Session s = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (s == null) {
            return null;
        }
        return accounts.user(s.userId()).map(u -> new Caller(u, s)).orElse(null);
    }

    private static void checkCsrf(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (SAFE.contains(ctx.method()) || c == null || !c.bySession()) {
            return;
        }
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        if (!sameSecret(sent, c.session().csrf())) {
            throw new Problem(
                    403,
                    "CSRF check failed",
                    "_csrf",
                    "this form is stale or came from another site: reload the page and try again");
        }
    }

    static boolean sameSecret(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void problem(Context ctx, Problem p, Pages pages) {
        ctx.status(p.status());
        if (p.status() == 429 && p.field() == null) {
            ctx.header("Retry-After", "60");
        }
        boolean wantsHtml = !ctx.path().startsWith("/api/")
                && String.valueOf(ctx.header("Accept")).contains("text/html");
        if (wantsHtml && p.status() == 401 && ctx.method() == HandlerType.GET) {
            ctx.redirect("/signin");
            return;
        }
        if (wantsHtml) {
            ctx.html(pages.render("error.jte", Map.of("problem", p)));
            return;
        }
        ctx.contentType("application/problem+json");
        try {
            ctx.result(JSON.writeValueAsString(p.document(ctx.path())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        javalin.stop();
        imports.close();
    }

    /** Renders JTE templates to strings. */
    static final class Pages {
        private final TemplateEngine engine;

        Pages(TemplateEngine engine) {
            this.engine = engine;
        }

        String render(String template, Map<String, Object> params) {
            StringOutput out = new StringOutput();
            engine.render(template, params, out);
            return out.toString();
        }
    }
}
