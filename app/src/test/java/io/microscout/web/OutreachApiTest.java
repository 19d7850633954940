package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outreach API and board page on a real server: a saved plan goes on the board and its creators move. */
class OutreachApiTest {
    @TempDir
    static Path dir;

    static ServerFixture s;
    static String ws;

    @BeforeAll
    static void start() throws Exception {
        s = new ServerFixture(dir);
        ws = "/api/workspaces/" + s.brandA.id();
        var saved = s.send(
                "POST",
                ws + "/plans",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of("brief", ServerFixture.BRIEF, "budget", 3000, "save", "p1")));
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        var added = s.send("POST", ws + "/outreach/entries", s.alice, "{\"plan\":\"p1\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(WebServer.JSON.readTree(added.body()).get("added").asInt()).isPositive();
        List<String> more = new java.util.ArrayList<>();
        WebServer.JSON
                .readTree(s.get("/api/creators?limit=3", s.alice).body())
                .get("creators")
                .forEach(c -> more.add(
                        c.get("platform").asText() + ":" + c.get("handle").asText()));
        var shortlist = s.send(
                "POST",
                ws + "/outreach/entries",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of("creators", more, "why", "a test shortlist")));
        assertThat(shortlist.statusCode()).as(shortlist.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String firstShortlisted() throws Exception {
        return shortlisted(true);
    }

    private static String shortlisted(boolean first) throws Exception {
        JsonNode board =
                WebServer.JSON.readTree(s.get(ws + "/outreach/board", s.alice).body());
        JsonNode list = board.get("stages").get("shortlisted");
        JsonNode e = list.get(first ? 0 : list.size() - 1);
        return e.get("platform").asText() + ":" + e.get("handle").asText();
    }

    private static java.net.http.HttpResponse<String> move(String creator, String token, Map<String, Object> body)
            throws Exception {
        return s.send(
                "POST", ws + "/outreach/entries/" + creator + "/moves", token, WebServer.JSON.writeValueAsString(body));
    }

    @Test
    void aCreatorMovesThroughTheDealAndEveryMoveIsInTheHistory() throws Exception {
        String c = firstShortlisted();

        var paid = move(c, s.alice, Map.of("to", "paid"));
        assertThat(paid.statusCode()).isEqualTo(400);
        assertThat(paid.body()).contains("cannot move to paid");
        assertThat(move(c, s.alice, Map.of("to", "contacted", "note", "sent the intro"))
                        .statusCode())
                .isEqualTo(201);
        var noReason = move(c, s.alice, Map.of("to", "declined"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("needs its reason");
        var agreed = move(c, s.alice, Map.of("to", "agreed", "deliverable", "instagram-reel", "price", 420));
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(201);

        JsonNode history = WebServer.JSON.readTree(
                s.get(ws + "/outreach/entries/" + c + "/history", s.alice).body());
        assertThat(history.get("moves")).hasSize(3);
        assertThat(history.get("moves").get(1).get("author").asText()).isEqualTo("alice@brand-a.test");
        assertThat(history.get("moves").get(1).get("note").asText()).isEqualTo("sent the intro");
        JsonNode agreements = WebServer.JSON.readTree(
                s.get(ws + "/outreach/agreements", s.alice).body());
        assertThat(agreements.get("agreements").get(0).get("price").asDouble()).isEqualTo(420);
    }

    @Test
    void aViewerReadsTheBoardButCannotMoveAndAnotherWorkspaceSeesNothing() throws Exception {
        String c = firstShortlisted();
        assertThat(s.get(ws + "/outreach/board", s.vic).statusCode()).isEqualTo(200);
        assertThat(move(c, s.vic, Map.of("to", "contacted")).statusCode()).isEqualTo(403);
        var bob = s.get(ws + "/outreach/board", s.bob);
        assertThat(bob.statusCode()).isEqualTo(404);
        assertThat(bob.body()).doesNotContain(c.substring(c.indexOf(':') + 1));
        JsonNode own = WebServer.JSON.readTree(s.get("/api/workspaces/" + s.brandB.id() + "/outreach/board", s.bob)
                .body());
        assertThat(own.get("stages").get("shortlisted")).isEmpty();
        assertThat(move(c, s.bob, Map.of("to", "contacted")).statusCode()).isEqualTo(404);
    }

    @Test
    void theBoardPageHasLabelledMoveFormsAndAnOptOutIsMarked() throws Exception {
        String c = shortlisted(false);
        assertThat(s.send("POST", ws + "/outreach/entries/" + c + "/optout", s.alice, "{\"note\":\"asked\"}")
                        .statusCode())
                .isEqualTo(201);
        var page = s.get("/w/" + s.brandA.id() + "/outreach", s.alice);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h2 id=\"stage-shortlisted\">")
                .contains("opted out: never mailed")
                .contains("<label for=\"note-")
                .contains("value=\"contacted\"");
        var refused = move(c, s.alice, Map.of("to", "contacted"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("opted out");
        assertThat(List.of(s.get(ws + "/outreach/calibration", s.alice).statusCode()))
                .containsExactly(200);
    }
}
