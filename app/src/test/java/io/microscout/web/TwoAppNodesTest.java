package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes, as behind a reverse proxy: two WebServers on two loopback ports in this JVM, each with its own
 * MicroScout (own home folder, own embedded search index) over ONE shared database. A browser session started on
 * one node is honoured by the other, signing out on one ends it on both, and an import through one node is listed
 * by the other. The last test does the same with two {@code serve} processes over PostgreSQL and a real SolrCloud
 * (in JVMs of their own: Solr's Jetty 10 stays out of the app's class path).
 */
class TwoAppNodesTest {
    static final String EMAIL = "owner@nodes.test";
    static final String PASSWORD = "correct horse battery staple";
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    @Test
    void onASharedH2Database() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shared") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        bothNodesShareSessionsAndImports(StoreLocation.resolve(url, dir.resolve("a"), Map.of()));
    }

    @Test
    void onASharedPostgreSQLDatabase() throws Exception {
        bothNodesShareSessionsAndImports(TestDatabases.postgres(dir.resolve("a")));
    }

    private void bothNodesShareSessionsAndImports(StoreLocation a) throws Exception {
        StoreLocation b = new StoreLocation(dir.resolve("b"), a.jdbcUrl());
        try (MicroScout appA = open(a);
                MicroScout appB = open(b)) {
            ServeCommand.firstOwner(appA, new PrintWriter(new StringWriter()), EMAIL, PASSWORD);
            try (WebServer nodeA = WebServer.start(appA, new WebServer.Options("127.0.0.1", 0, false));
                    WebServer nodeB = WebServer.start(appB, new WebServer.Options("127.0.0.1", 0, false))) {
                bothNodesShareSessionsAndImports(nodeA.url(), nodeB.url());
            }
        }
    }

    /**
     * Two {@code serve} processes on two ports over one PostgreSQL and one SolrCloud (two Solr nodes, ZooKeeper):
     * sessions and imports are shared as above, and a discovery gives the same answer through either node, the
     * creator imported through A included (A's import updated the shared index).
     */
    @Test
    void twoServeProcessesOnPostgreSQLAndSolrCloud() throws Exception {
        StoreLocation pg = TestDatabases.postgres(dir.resolve("a"));
        try (io.microscout.app.SolrCloudProcess solr =
                io.microscout.app.SolrCloudProcess.start(dir.resolve("solr"), 2)) {
            String index = solr.index("creators");
            try (ServeProcess a = ServeProcess.start(dir, "a", pg.jdbcUrl(), index, EMAIL, PASSWORD);
                    ServeProcess b = ServeProcess.start(dir, "b", pg.jdbcUrl(), index, EMAIL, PASSWORD)) {
                bothNodesShareSessionsAndImports(a.url(), b.url());

                String token = token(a.url());
                long workspace = json(get(a.url(), "/api/workspaces", token).body())
                        .get(0)
                        .get("id")
                        .asLong();
                importThrough(a.url(), token, workspace, ServeProcess.CATALOG);
                JsonNode onA = discover(a.url(), token, workspace);
                JsonNode onB = discover(b.url(), token, workspace);
                assertThat(onA.get("results")).isNotEmpty();
                assertThat(handles(onB))
                        .as("the same answer through either node")
                        .isEqualTo(handles(onA));
                assertThat(handles(onB).get(0)).isEqualTo("trail.runner.anna");
            }
        }
    }

    private JsonNode discover(String node, String token, long workspace) throws Exception {
        String body = WebServer.JSON.writeValueAsString(Map.of("brief", ServeProcess.BRIEF, "top", 5));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(node + "/api/workspaces/" + workspace + "/discover"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    private static java.util.List<String> handles(JsonNode discovery) {
        java.util.List<String> handles = new java.util.ArrayList<>();
        discovery.get("results").forEach(r -> handles.add(r.get("handle").asText()));
        return handles;
    }

    private void bothNodesShareSessionsAndImports(String nodeA, String nodeB) throws Exception {
        assertThat(nodeA).isNotEqualTo(nodeB);
        String session = signIn(nodeA);

        HttpResponse<String> home = get(nodeB, "/", session);
        assertThat(home.statusCode()).as("the other node knows the session").isEqualTo(302);
        String page = home.headers().firstValue("Location").orElseThrow();
        assertThat(page).doesNotContain("/signin");
        HttpResponse<String> onB = get(nodeB, page, session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(EMAIL);

        String token = token(nodeA);
        String csv = "platform,handle,name,bio,followers\ninstagram,seen.on.both,Both,vegan recipes,5000\n";
        long workspace = json(get(nodeA, "/api/workspaces", token).body())
                .get(0)
                .get("id")
                .asLong();
        importThrough(nodeA, token, workspace, csv);
        HttpResponse<String> creator = get(nodeB, "/api/creators/instagram:seen.on.both", token);
        assertThat(creator.statusCode())
                .as("an import through A is visible through B")
                .isEqualTo(200);
        assertThat(json(creator.body()).get("followers").asLong()).isEqualTo(5000);

        HttpResponse<String> out = http.send(
                HttpRequest.newBuilder(URI.create(nodeB + "/signout"))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(onB.body())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(303);
        HttpResponse<String> after = get(nodeA, page, session);
        assertThat(after.statusCode()).as("signed out on B is signed out on A").isNotEqualTo(200);
        assertThat(after.body()).doesNotContain(EMAIL);
    }

    private static MicroScout open(StoreLocation location) {
        return MicroScout.open(location, Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(64));
    }

    /** Signs in through the form (with its double-submitted CSRF cookie); returns the session cookie's value. */
    private String signIn(String node) throws Exception {
        HttpResponse<String> form = get(node, "/signin", null);
        String pre = cookie(form, SignIn.PRE_COOKIE);
        String body = "email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + pre;
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(node + "/signin"))
                        .header("Cookie", SignIn.PRE_COOKIE + "=" + pre)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return cookie(r, WebServer.SESSION_COOKIE);
    }

    private String token(String node) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(node + "/api/tokens/password"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"tests\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("token").asText();
    }

    private void importThrough(String node, String token, long workspace, String csv) throws Exception {
        String boundary = "----microscout" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"creators.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(node + "/api/workspaces/" + workspace + "/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        long id = json(r.body()).get("id").asLong();
        long until = System.currentTimeMillis() + 30_000;
        String state;
        do {
            Thread.sleep(100);
            state = json(get(node, "/api/workspaces/" + workspace + "/imports/" + id, token)
                            .body())
                    .get("state")
                    .asText();
        } while (!state.equals("done") && System.currentTimeMillis() < until);
        assertThat(state).isEqualTo("done");
    }

    private HttpResponse<String> get(String node, String path, String sessionOrToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + path));
        if (sessionOrToken != null && path.startsWith("/api/")) {
            b.header("Authorization", "Bearer " + sessionOrToken);
        } else if (sessionOrToken != null) {
            b.header("Cookie", WebServer.SESSION_COOKIE + "=" + sessionOrToken);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> r, String name) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        throw new AssertionError("no " + name + " cookie in " + r.headers().allValues("Set-Cookie"));
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    private static JsonNode json(String body) throws Exception {
        return WebServer.JSON.readTree(body);
    }
}
