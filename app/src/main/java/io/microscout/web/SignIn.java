package io.microscout.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.ApiToken;
import io.microscout.workspace.User;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out, and personal API tokens. The sign-in form is protected against login CSRF by a
 * double-submitted random value (cookie {@code ms_signin} = form field {@code _csrf}); each sign-in starts a
 * session with a fresh id; failures are rate-limited per address and account ({@link SignInLimiter}).
 */
final class SignIn {
    static final String PRE_COOKIE = "ms_signin";
    private final Router router;
    private final JdbiAccounts accounts;
    private final Sessions sessions;
    private final Passwords passwords;
    private final SignInLimiter limiter;
    private final Clock clock;
    private final WebServer.Pages pages;
    private final WebServer server;

    SignIn(
            Router router,
            JdbiAccounts accounts,
            Sessions sessions,
            Passwords passwords,
            SignInLimiter limiter,
            Clock clock,
            WebServer.Pages pages,
            WebServer server) {
        this.router = router;
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.limiter = limiter;
        this.clock = clock;
        this.pages = pages;
        this.server = server;
    }

    void register() {
        router.page(HandlerType.GET, "/signin", Route.Access.PUBLIC, "the sign-in form", c -> form(c.ctx(), null, ""));
        router.page(HandlerType.POST, "/signin", Route.Access.PUBLIC, "sign in (form)", c -> signIn(c.ctx()));
        router.page(HandlerType.POST, "/signout", Route.Access.SIGNED_IN, "sign out (form)", c -> {
            sessions.end(
                    c.caller().session() == null ? null : c.caller().session().id());
            c.ctx().header("Set-Cookie", server.sessionCookie(c.ctx(), "", 0));
            c.ctx().redirect("/signin", HttpStatus.SEE_OTHER);
        });
        Map<String, Object> token = Router.object(
                "id",
                "integer",
                "name",
                "string",
                "createdAt",
                "string",
                "revokedAt",
                "string",
                "token",
                Map.of("type", "string", "description", "shown once, at creation"));
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/tokens/password",
                        Route.Access.PUBLIC,
                        "create a personal API token with email and password (rate-limited like sign-in)",
                        List.of(),
                        Router.object("email", "string", "password", "string", "name", "string"),
                        "application/json",
                        token,
                        "application/json"),
                c -> {
                    Map<String, Object> body = ApiRoutes.body(c.ctx());
                    String email = ApiRoutes.text(body, "email", true);
                    User u = authenticate(c.ctx(), email, ApiRoutes.text(body, "password", true));
                    String name = Optional.ofNullable(ApiRoutes.text(body, "name", false))
                            .orElse("api");
                    c.ctx().status(201).json(newToken(u, name));
                });
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/tokens",
                        Route.Access.SIGNED_IN,
                        "create a personal API token for the caller",
                        List.of(),
                        Router.object("name", "string"),
                        "application/json",
                        token,
                        "application/json"),
                c -> {
                    String name = Optional.ofNullable(ApiRoutes.text(ApiRoutes.body(c.ctx()), "name", false))
                            .orElse("api");
                    c.ctx().status(201).json(newToken(c.caller().user(), name));
                });
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/tokens",
                        Route.Access.SIGNED_IN,
                        "the caller's API tokens (never the tokens themselves)",
                        List.of(),
                        null,
                        null,
                        Router.arrayOf(token),
                        "application/json"),
                c -> c.ctx()
                        .json(accounts.tokens(c.caller().user().id()).stream()
                                .map(SignIn::json)
                                .toList()));
        router.api(
                new Route(
                        HandlerType.DELETE,
                        "/api/tokens/{id}",
                        Route.Access.SIGNED_IN,
                        "revoke one of the caller's API tokens",
                        List.of(),
                        null,
                        null,
                        token,
                        "application/json"),
                c -> {
                    long id = ApiRoutes.id(c.ctx(), "id");
                    if (!accounts.revokeToken(c.caller().user().id(), id, clock.instant())) {
                        throw Problem.notFound("no active token " + id + " of yours");
                    }
                    c.ctx()
                            .json(accounts.tokens(c.caller().user().id()).stream()
                                    .filter(t -> t.id() == id)
                                    .findFirst()
                                    .map(SignIn::json)
                                    .orElseThrow());
                });
    }

    private Map<String, Object> newToken(User u, String name) {
        return newToken(accounts, clock, u, name);
    }

    /**
     * A new personal API token of the user: the JSON of the stored token (its hash only is kept) with the secret
     * under {@code token}, shown this once.
     */
    static Map<String, Object> newToken(JdbiAccounts accounts, Clock clock, User u, String name) {
        if (name.length() > 100) {
            throw Problem.badRequest("name", "a token name is at most 100 characters");
        }
        String secret = "ms_" + Passwords.secret(32);
        ApiToken t = accounts.createToken(u.id(), name, Passwords.sha256(secret), clock.instant());
        Map<String, Object> j = json(t);
        j.put("token", secret);
        return j;
    }

    static Map<String, Object> json(ApiToken t) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", t.id());
        j.put("name", t.name());
        j.put("createdAt", t.createdAt().toString());
        j.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
        return j;
    }

    private void form(Context ctx, String error, String email) {
        String pre = Passwords.secret(24);
        ctx.header(
                "Set-Cookie",
                PRE_COOKIE + "=" + pre + "; Path=/signin; Max-Age=3600; HttpOnly; SameSite=Strict"
                        + (server.secureCookies(ctx) ? "; Secure" : ""));
        if (error != null) {
            ctx.status(error.startsWith("Too many") ? 429 : 401);
        }
        ctx.html(pages.render("signin.jte", Map.of("csrf", pre, "error", error == null ? "" : error, "email", email)));
    }

    private void signIn(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        if (!WebServer.sameSecret(ctx.formParam("_csrf"), ctx.cookie(PRE_COOKIE))) {
            throw new Problem(403, "CSRF check failed", "_csrf", "the sign-in form is stale: reload it and try again");
        }
        User u;
        try {
            u = authenticate(ctx, email, ctx.formParam("password"));
        } catch (Problem p) {
            form(ctx, p.getMessage(), email);
            return;
        }
        Sessions.Session s = sessions.start(u.id()); // a fresh session id at every sign-in
        ctx.header("Set-Cookie", server.sessionCookie(ctx, s.id(), (int) Sessions.IDLE.toSeconds()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private User authenticate(Context ctx, String email, String password) {
        long wait = limiter.waitSeconds(ctx.ip(), email.toLowerCase(java.util.Locale.ROOT));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new Problem(
                    429,
                    "Too many sign-in attempts",
                    null,
                    "Too many failed sign-ins: try again in " + wait + " seconds");
        }
        Optional<User> u = accounts.user(email);
        // the hash is checked even for an unknown email, so timing does not tell which emails exist
        String hash = u.flatMap(x -> accounts.passwordHash(x.id())).orElse(DUMMY_HASH);
        if (u.isEmpty() || !passwords.matches(password, hash)) {
            limiter.failed(ctx.ip(), email.toLowerCase(java.util.Locale.ROOT));
            throw new Problem(401, "Sign-in failed", "password", "wrong email or password");
        }
        return u.get();
    }

    private static final String DUMMY_HASH = new Passwords().hash("not-a-password-of-anyone");
}
