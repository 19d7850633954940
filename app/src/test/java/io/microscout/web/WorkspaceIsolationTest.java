package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workspace-scoped route, enumerated from the router (a new route cannot escape), tried by Brand B's owner
 * on Brand A's workspace: each must answer 404 or 403 and never the data. Brand A's own owner gets past the
 * check on the same requests, so the test can tell a closed door from a broken route.
 */
class WorkspaceIsolationTest {
    @TempDir
    static Path dir;

    static ServerFixture s;
    static Map<String, String> params;

    @BeforeAll
    static void start() throws Exception {
        s = new ServerFixture(dir);
        String ws = "/api/workspaces/" + s.brandA.id();
        s.send(
                "POST",
                ws + "/plans",
                s.alice,
                WebServer.JSON.writeValueAsString(
                        Map.of("brief", ServerFixture.BRIEF, "budget", 3000, "save", "secret-plan")));
        long brief = WebServer.JSON
                .readTree(s.send(
                                "POST",
                                ws + "/briefs",
                                s.alice,
                                WebServer.JSON.writeValueAsString(
                                        Map.of("name", "secret-brief", "document", ServerFixture.BRIEF)))
                        .body())
                .get("id")
                .asLong();
        long job = WebServer.JSON
                .readTree(s.upload(
                                ws + "/imports",
                                s.alice,
                                "c.csv",
                                "platform,handle,followers\ninstagram,secret.import,5000\n",
                                Map.of("format", "csv"))
                        .body())
                .get("id")
                .asLong();
        params = Map.of(
                "ws",
                Long.toString(s.brandA.id()),
                "key",
                s.firstCreator(),
                "name",
                "secret-plan",
                "id",
                Long.toString(brief));
        importId = job;
        s.send( // a campaign of A's named like the plan, so that A's owner reads it by the same {name}
                "POST",
                ws + "/campaigns",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of(
                        "name", "secret-plan", "landingUrl", "https://shop.example/", "fromPlan", "secret-plan")));
        s.send(
                "POST",
                ws + "/outreach/entries",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of("creators", List.of(params.get("key")))));
    }

    static long importId;

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String path(Route r) {
        String p = r.path();
        for (var e : params.entrySet()) {
            String value = e.getKey().equals("id") && p.contains("/imports/") ? Long.toString(importId) : e.getValue();
            p = p.replace("{" + e.getKey() + "}", value);
        }
        return p;
    }

    @Test
    void noWorkspaceRouteAnswersAnotherWorkspacesUser() throws Exception {
        List<Route> scoped =
                s.server.routes().stream().filter(Route::workspaceScoped).toList();
        assertThat(scoped).hasSizeGreaterThan(20);
        List<String> leaks = new ArrayList<>();
        for (Route r : scoped) {
            String body = r.method().name().equals("GET")
                    ? null
                    : WebServer.JSON.writeValueAsString(Map.of(
                            "brief", ServerFixture.BRIEF, "name", "x", "document", ServerFixture.BRIEF, "body", "x"));
            var answer = s.send(r.method().name(), path(r), s.bob, body);
            if (answer.statusCode() != 404 && answer.statusCode() != 403) {
                leaks.add(r.method() + " " + path(r) + " -> " + answer.statusCode());
            }
            // the problem's "instance" echoes the path the caller sent; nothing else may name A's records
            assertThat(answer.body().replace(path(r), ""))
                    .doesNotContain("secret-plan")
                    .doesNotContain("secret-brief")
                    .doesNotContain("secret.import");
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theWorkspacesOwnMemberGetsPastTheCheckOnTheSameReads() throws Exception {
        for (Route r : s.server.routes()) {
            if (r.workspaceScoped() && r.method().name().equals("GET")) {
                var answer = s.get(path(r) + (r.path().endsWith("/export") ? "?format=csv" : ""), s.alice);
                assertThat(answer.statusCode()).as(r.method() + " " + path(r)).isNotIn(403, 404);
            }
        }
    }

    @Test
    void everyJavalinHandlerOnAWorkspacePathIsARouteWithTheWorkspaceCheck() {
        List<String> checked = s.server.routes().stream()
                .filter(Route::workspaceScoped)
                .map(r -> r.method() + " " + r.path())
                .toList();
        List<String> onWorkspacePaths =
                s.server.handlers().stream().filter(h -> h.contains("{ws}")).toList();
        assertThat(onWorkspacePaths).isNotEmpty();
        assertThat(checked).containsAll(onWorkspacePaths);
    }
}
