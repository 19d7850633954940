package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST API over real HTTP on a random port: shapes, problems naming fields, security headers and sign-in. */
class ServerApiTest extends ServedCatalogTest {
    static String briefJson() throws Exception {
        return WebServer.JSON.writeValueAsString(Map.of("brief", ServerFixture.BRIEF, "top", 5));
    }

    @Test
    void creatorsArePagedAndShapedAsTheCliJson() throws Exception {
        var first = json(s.get("/api/creators?limit=5", s.alice));
        assertThat(first.get("creators")).hasSize(5);
        assertThat(first.get("more").asBoolean()).isTrue();
        JsonNode c = first.get("creators").get(0);
        assertThat(c.has("platform")
                        && c.has("handle")
                        && c.has("followers")
                        && c.has("tier")
                        && c.get("metrics").has("engagementRateMean"))
                .isTrue();
        var second = json(s.get("/api/creators?limit=5&offset=5", s.alice));
        assertThat(second.get("creators").get(0).get("handle").asText())
                .isNotEqualTo(c.get("handle").asText());
        assertThat(first.get("creators").get(0).get("followers").asLong())
                .isGreaterThanOrEqualTo(
                        second.get("creators").get(0).get("followers").asLong());

        var detail = json(s.get("/api/creators/" + s.firstCreator(), s.alice));
        assertThat(detail.get("formulas")).isNotNull();
        assertThat(detail.get("authenticity").get("components")).isNotNull();
        assertThat(detail.get("posts").get("newest").size()).isPositive();
    }

    @Test
    void badInputIsAProblemDocumentNamingTheField() throws Exception {
        var r = s.get("/api/creators?minEngagement=lots", s.alice);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("field").asText()).isEqualTo("minEngagement");

        var brief = s.send(
                "POST",
                "/api/workspaces/" + s.brandA.id() + "/discover",
                s.alice,
                "{\"brief\": \"brand: X\\nproduct: vegan serum\\nkeywords: [serum]\\ngoal: world domination\\n\"}");
        assertThat(brief.statusCode()).isEqualTo(400);
        assertThat(json(brief).get("field").asText()).isEqualTo("goal");

        var plan = s.send(
                "POST",
                "/api/workspaces/" + s.brandA.id() + "/plans",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of("brief", ServerFixture.BRIEF, "budget", -5)));
        assertThat(json(plan).get("field").asText()).isEqualTo("budget");
        assertThat(s.get("/api/creators/instagram:nobody.here", s.alice).statusCode())
                .isEqualTo(404);
    }

    @Test
    void discoverWithAnOfferGivesTheWorkspacesLikelihoodAndRanksByExpectedFit() throws Exception {
        String ws = "/api/workspaces/" + s.brandA.id();
        String body = WebServer.JSON.writeValueAsString(
                Map.of("brief", ServerFixture.BRIEF, "top", 4, "offerPrice", 350, "objective", "expected-fit"));

        JsonNode results = json(s.send("POST", ws + "/discover", s.alice, body)).get("results");

        assertThat(results).hasSize(4);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode r : results) {
            assertThat(r.at("/acceptance/estimate").asBoolean()).isTrue();
            assertThat(r.at("/acceptance/offer/price").asDouble()).isEqualTo(350);
            assertThat(r.at("/acceptance/reasons").toString()).contains("offer_vs_rate");
            double expected = r.at("/expectedValue/expected").asDouble();
            assertThat(expected).isLessThanOrEqualTo(previous);
            previous = expected;
        }
        var refused = s.send(
                "POST",
                ws + "/discover",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of("brief", ServerFixture.BRIEF, "objective", "expected-fit")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("expected-fit needs an offer");
    }

    @Test
    void discoverPlanSaveListAndExport() throws Exception {
        String ws = "/api/workspaces/" + s.brandA.id();
        var found = json(s.send("POST", ws + "/discover", s.alice, briefJson()));
        assertThat(found.get("results")).hasSize(5);
        assertThat(found.get("results")
                        .get(0)
                        .get("components")
                        .get("relevance")
                        .get("reason")
                        .asText())
                .isNotBlank();

        var plan = s.send(
                "POST",
                ws + "/plans",
                s.alice,
                WebServer.JSON.writeValueAsString(
                        Map.of("brief", ServerFixture.BRIEF, "budget", 4000, "save", "spring-launch")));
        assertThat(plan.statusCode()).isEqualTo(201);
        JsonNode p = json(plan);
        assertThat(p.get("selections").size()).isPositive();
        assertThat(p.get("totals").get("cost").asDouble()).isLessThanOrEqualTo(4000);
        assertThat(p.get("totals").get("conversions").has("p10")).isTrue();

        assertThat(json(s.get(ws + "/plans", s.alice)).get(0).get("name").asText())
                .isEqualTo("spring-launch");
        var csv = s.get(ws + "/plans/spring-launch/export?format=csv", s.alice);
        assertThat(csv.body()).startsWith("platform,handle,deliverable,price,price_basis,reason");
        assertThat(csv.body().lines().count()).isEqualTo(p.get("selections").size() + 2L); // header, lines, TOTAL
        assertThat(csv.body().lines().reduce((a, b) -> b).orElseThrow()).startsWith("TOTAL,");
        assertThat(json(s.get(ws + "/plans/spring-launch", s.alice)).get("selections"))
                .isEqualTo(p.get("selections"));

        var cmp = json(s.send("POST", ws + "/compare", s.alice, briefJson()));
        assertThat(cmp.has("micro_creators_only") && cmp.has("one_macro_creator") && cmp.has("best_mix"))
                .isTrue();
    }

    @Test
    void aQuoteOverridesTheEstimateInItsWorkspaceOnly() throws Exception {
        String creator = s.firstCreator();
        String deliverable = creator.startsWith("instagram")
                ? "instagram-post"
                : creator.startsWith("tiktok") ? "tiktok-video" : "youtube-video";
        var q = s.send(
                "POST",
                "/api/workspaces/" + s.brandA.id() + "/quotes",
                s.alice,
                WebServer.JSON.writeValueAsString(
                        Map.of("creator", creator, "deliverable", deliverable, "price", 123)));
        assertThat(q.statusCode()).isEqualTo(201);
        JsonNode a = json(s.get("/api/workspaces/" + s.brandA.id() + "/creators/" + creator + "/prices", s.alice));
        JsonNode b = json(s.get("/api/workspaces/" + s.brandB.id() + "/creators/" + creator + "/prices", s.bob));
        assertThat(find(a, deliverable).get("basis").asText()).isEqualTo("quote");
        assertThat(find(a, deliverable).get("point").asLong()).isEqualTo(123);
        assertThat(find(b, deliverable).get("basis").asText()).isEqualTo("estimate");
    }

    private static JsonNode find(JsonNode prices, String deliverable) {
        for (JsonNode p : prices) {
            if (p.get("deliverable").asText().equals(deliverable)) {
                return p;
            }
        }
        throw new AssertionError("no " + deliverable + " in " + prices);
    }

    @Test
    void importsReportProgressAndProblemsAndAHostileBioIsStoredAsText() throws Exception {
        String csv = "platform,handle,name,bio,followers\n"
                + "instagram,hostile.bio,Hostile,<script>alert(1)</script>,5000\n"
                + "instagram,broken.count,Broken,fine,3.3x\n";
        var r = s.upload(
                "/api/workspaces/" + s.brandA.id() + "/imports",
                s.alice,
                "creators.csv",
                csv,
                Map.of("format", "csv", "skipInvalid", "true"));
        assertThat(r.statusCode()).isEqualTo(202);
        long id = json(r).get("id").asLong();
        JsonNode job;
        long until = System.currentTimeMillis() + 30_000;
        do {
            Thread.sleep(100);
            job = json(s.get("/api/workspaces/" + s.brandA.id() + "/imports/" + id, s.alice));
        } while (!job.get("state").asText().equals("done") && System.currentTimeMillis() < until);
        assertThat(job.get("state").asText()).isEqualTo("done");
        JsonNode problem = job.get("files").get(0).get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("creators.csv");
        assertThat(problem.get("field").asText()).isEqualTo("followers");
        assertThat(problem.get("location").asText()).contains("3");

        // the page shows the bio as text: escaped, never as markup
        var page = s.get("/w/" + s.brandA.id() + "/creators/instagram:hostile.bio", s.alice);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        // another workspace cannot see this import
        assertThat(s.get("/api/workspaces/" + s.brandA.id() + "/imports/" + id, s.bob)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/signin", "/api/creators", "/api/openapi.json"}) {
            var r = s.get(path, s.alice);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndARevokedTokenStopsWorking() throws Exception {
        assertThat(s.get("/api/creators", null).statusCode()).isEqualTo(401);
        String token = s.token("bob@brand-b.test");
        assertThat(s.get("/api/creators", token).statusCode()).isEqualTo(200);
        JsonNode tokens = json(s.get("/api/tokens", token));
        assertThat(tokens.toString()).doesNotContain(token);
        long id = tokens.get(tokens.size() - 1).get("id").asLong();
        assertThat(s.send("DELETE", "/api/tokens/" + id, token, null).statusCode())
                .isEqualTo(200);
        assertThat(s.get("/api/creators", token).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokensPageCreatesATokenShownOnceThatSignsInToTheApiAndRevokesIt() throws Exception {
        String session = signInSession("bob%40brand-b.test");
        String page = "/w/" + s.brandB.id() + "/tokens";
        var before = pageGet(session, page);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("<label for=\"token-name\">Name</label>");
        String csrf = before.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        var created = pagePost(session, page, "_csrf=" + csrf + "&name=nightly+export");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = created.body().replaceAll("(?s).*id=\"token-secret\"[^>]*value=\"(ms_[^\"]+)\".*", "$1");
        assertThat(token).startsWith("ms_").doesNotContain("<");
        assertThat(s.get("/api/creators?limit=1", token).statusCode()).isEqualTo(200);
        var listed = pageGet(session, page);
        assertThat(listed.body()).contains("nightly export").doesNotContain(token); // shown once, then never

        long id = -1;
        for (JsonNode t : json(s.get("/api/tokens", token))) {
            if (t.get("name").asText().equals("nightly export")) {
                id = t.get("id").asLong();
            }
        }
        var noCsrf = pagePost(session, page + "/" + id + "/revoke", "");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(s.get("/api/creators?limit=1", token).statusCode()).isEqualTo(200);
        var revoked = pagePost(session, page + "/" + id + "/revoke", "_csrf=" + csrf);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(s.get("/api/creators?limit=1", token).statusCode()).isEqualTo(401);
    }

    @Test
    void theDiscoverPageShowsEachCreatorsLikelihoodForTheOfferWithItsReasons() throws Exception {
        String session = signInSession("alice%40brand-a.test");
        String page = "/w/" + s.brandA.id() + "/discover";
        String csrf = pageGet(session, page).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        var results = pagePost(
                session,
                page,
                "_csrf=" + csrf + "&brand=Test&product=vegan+skincare+serum&niches=beauty"
                        + "&platforms=instagram,+tiktok,+youtube&top=3&offerPrice=300&objective=expected-fit");

        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body())
                .contains("Will they say yes to ")
                .contains(" at $300.00 (the offer per creator)? an estimate: ")
                .contains("expected fit <strong>")
                .contains("offer vs estimated rate ")
                .doesNotContain("-0.00");
    }

    private HttpResponse<String> pageGet(String session, String path) throws Exception {
        return s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + path))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> pagePost(String session, String path, String form) throws Exception {
        return s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + path))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form; the session id. */
    private String signInSession(String urlEncodedEmail) throws Exception {
        var form = s.get("/signin", null);
        String pre = cookie(form, SignIn.PRE_COOKIE);
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + "/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", SignIn.PRE_COOKIE + "=" + pre)
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf
                                + "&email=" + urlEncodedEmail + "&password="
                                + ServerFixture.PASSWORD.replace(" ", "+")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(303);
        String setCookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebServer.SESSION_COOKIE))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax");
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void sessionSignInIssuesAFreshHttpOnlyCookieAndFormsNeedTheCsrfToken() throws Exception {
        String session = signInSession("vic%40brand-a.test");
        var noCsrf = s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + "/api/workspaces"))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sneaky\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(json(noCsrf).get("field").asText()).isEqualTo("_csrf");
        var read = s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + "/api/workspaces"))
                        .header("Cookie", WebServer.SESSION_COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailedSignInsAreThrottled() throws Exception {
        int last = 0;
        for (int i = 0; i < 7; i++) {
            last = s.send(
                            "POST",
                            "/api/tokens/password",
                            null,
                            "{\"email\":\"nobody@x.test\",\"password\":\"wrong password " + i + "\"}")
                    .statusCode();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        String ws = "/api/workspaces/" + s.brandA.id();
        assertThat(s.get(ws + "/plans", s.vic).statusCode()).isEqualTo(200);
        var w = s.send(
                "POST",
                ws + "/briefs",
                s.vic,
                WebServer.JSON.writeValueAsString(Map.of("name", "x", "document", ServerFixture.BRIEF)));
        assertThat(w.statusCode()).isEqualTo(403);
    }

    private static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }
}
