package io.microscout.web;

import io.microscout.app.GeneratedCatalog;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.store.StoreLocation;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.Role;
import io.microscout.workspace.User;
import io.microscout.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A real server on a random loopback port over a temporary H2 home with a small GENERATED catalog (smoke-test
 * data; the hashing stand-in embedder instead of MiniLM, for speed). Two workspaces with their own users:
 * Alice owns "Brand A" (and Vic is a viewer there), Bob owns "Brand B".
 */
final class ServerFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    final Path home;
    final MicroScout app;
    final WebServer server;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Workspace brandA;
    final Workspace brandB;
    final String alice;
    final String bob;
    final String vic;

    ServerFixture(Path dir) throws Exception {
        this(dir, StoreLocation::h2);
    }

    /** @param store where the catalog of the home is kept (H2 by default; SQLite, the embedded default, to test it) */
    ServerFixture(Path dir, java.util.function.Function<Path, StoreLocation> store) throws Exception {
        Path generated = dir.resolve("generated");
        home = dir.resolve("home");
        GeneratedCatalog.write(
                generated,
                GeneratorSettings.of(120, 5).withPosts(8).withFollowerSample(0).withCommentsPerPost(0));
        app = MicroScout.open(store.apply(home), Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(128));
        GeneratedCatalog.importInto(app, generated, ImportOptions.defaults());
        StringWriter out = new StringWriter();
        ServeCommand.firstOwner(app, new PrintWriter(out), "alice@brand-a.test", PASSWORD);
        JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
        User a = accounts.user("alice@brand-a.test").orElseThrow();
        brandA = accounts.memberships(a.id()).get(0).workspace();
        Passwords passwords = new Passwords();
        User b = accounts.createUser(
                "bob@brand-b.test", passwords.hash(PASSWORD), app.clock().instant());
        brandB = accounts.createWorkspace("Brand B", b.id(), app.clock().instant());
        User v = accounts.createUser(
                "vic@brand-a.test", passwords.hash(PASSWORD), app.clock().instant());
        accounts.setMember(brandA.id(), v.id(), Role.VIEWER);
        server = WebServer.start(app, new WebServer.Options("127.0.0.1", 0, false));
        alice = token("alice@brand-a.test");
        bob = token("bob@brand-b.test");
        vic = token("vic@brand-a.test");
    }

    String token(String email) throws Exception {
        var r = send(
                "POST",
                "/api/tokens/password",
                null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"tests\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
        return WebServer.JSON.readTree(r.body()).get("token").asText();
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    /** A multipart upload of one file, as the imports form sends it. */
    HttpResponse<String> upload(String path, String token, String fileName, String content, Map<String, String> fields)
            throws Exception {
        String boundary = "----microscout" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the sign-in form as a browser would; returns the session cookie's value. */
    String signIn(String email) throws Exception {
        HttpResponse<String> form = get("/signin", null);
        String pre = setCookie(form, SignIn.PRE_COOKIE);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/signin"))
                        .header("Cookie", SignIn.PRE_COOKIE + "=" + pre)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email="
                                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                                + "&password="
                                + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                                + "&_csrf=" + pre))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new IllegalStateException(r.body());
        }
        return setCookie(r, WebServer.SESSION_COOKIE);
    }

    /** A page as the signed-in browser gets it. */
    HttpResponse<String> page(String path, String session) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted by the signed-in browser (fields URL-encoded, in order). */
    HttpResponse<String> postForm(String path, String session, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a page's forms carry. */
    static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    static String setCookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    String firstCreator() throws Exception {
        var list = WebServer.JSON.readTree(get("/api/creators?limit=1", alice).body());
        var c = list.get("creators").get(0);
        return c.get("platform").asText() + ":" + c.get("handle").asText();
    }

    /** A brief every generated creator may pass (no authenticity filter: the fixture has no follower samples). */
    static final String BRIEF = "brand: Test Brand\nproduct: vegan skincare serum\nkeywords: [skincare, serum]\n"
            + "niches: [beauty]\ntiers: [nano, micro, mid, macro, mega]\nbudget: 5000\ngoal: sales\n";

    @Override
    public void close() {
        server.close();
        app.close();
    }
}
