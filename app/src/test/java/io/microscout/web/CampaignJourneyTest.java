package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The campaign journey over real HTTP on a GENERATED catalog: a saved plan becomes a campaign with promo codes and
 * tracking links, clicks go through the public redirect, orders come from a Shopify-format and a
 * WooCommerce-format export written from their documented columns (importers' fixtures), and the report gives the
 * realised ROI against the forecast band. (The whole journey with outreach in front: JourneyTest.)
 */
class CampaignJourneyTest extends ServedCatalogTest {
    /** A creator of an API answer as PLATFORM:HANDLE. */
    static String key(JsonNode creator) {
        return creator.get("platform").asText() + ":" + creator.get("handle").asText();
    }

    /** Records a post of the campaign by the creator (a plan selection) and answers whether it was flagged. */
    static boolean flagged(String campaign, JsonNode creator, String url, String text, int impressions, int engagements)
            throws Exception {
        return json(s.send(
                        "POST",
                        campaign + "/posts",
                        s.alice,
                        WebServer.JSON.writeValueAsString(Map.of(
                                "creator",
                                key(creator),
                                "url",
                                url,
                                "text",
                                text,
                                "impressions",
                                impressions,
                                "engagements",
                                engagements))))
                .get("flagged")
                .asBoolean();
    }

    /** Imports an order export into the campaign and answers how many orders it added. */
    int ordersAdded(String campaign, String format, String export) throws Exception {
        return json(postText(campaign + "/orders?format=" + format, s.alice, export))
                .get("added")
                .asInt();
    }

    HttpResponse<String> postText(String path, String token, String body) throws Exception {
        return s.http.send(
                HttpRequest.newBuilder(URI.create(s.server.url() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void planToCampaignToClicksToOrdersToRealisedRoiAgainstTheForecast() throws Exception {
        String ws = "/api/workspaces/" + s.brandA.id();
        var plan = s.send(
                "POST",
                ws + "/plans",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of(
                        "brief",
                        ServerFixture.BRIEF,
                        "budget",
                        5000,
                        "maxSharePerCreator",
                        0.3,
                        "save",
                        "launch-plan")));
        assertThat(plan.statusCode()).isEqualTo(201);
        JsonNode planned = json(plan).get("selections").get(0);
        String plannedKey = key(planned);
        String other = null;
        for (JsonNode c : json(s.get("/api/creators?limit=5", s.alice)).get("creators")) {
            String key = key(c);
            if (other == null && !key.equals(plannedKey)) {
                other = key;
            }
        }
        String format = Map.of("instagram", "instagram-reel", "tiktok", "tiktok-video", "youtube", "youtube-video")
                .get(other.substring(0, other.indexOf(':')));
        // the plan's selections at the plan's prices, and one more creator with an agreed price
        var made = s.send(
                "POST",
                ws + "/campaigns",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of(
                        "name",
                        "Spring Launch",
                        "landingUrl",
                        "https://shop.example/serum",
                        "fromPlan",
                        "launch-plan",
                        "creators",
                        java.util.List.of(
                                Map.of("creator", other, "deliverable", format, "price", 250, "due", "2026-12-20")))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode campaign = json(made);
        JsonNode a = campaign.get("creators").get(0),
                b = campaign.get("creators").get(1);
        assertThat(a.get("promoCode").asText()).isNotEqualTo(b.get("promoCode").asText());
        assertThat(s.send(
                                "POST",
                                ws + "/campaigns",
                                s.vic,
                                WebServer.JSON.writeValueAsString(Map.of(
                                        "name",
                                        "Other",
                                        "landingUrl",
                                        "https://shop.example",
                                        "fromPlan",
                                        "launch-plan")))
                        .statusCode())
                .as("a viewer cannot create")
                .isEqualTo(403);

        for (int i = 0; i < 3; i++) {
            var click = s.get(URI.create(a.get("link").asText()).getPath(), null);
            assertThat(click.statusCode()).isEqualTo(302);
            assertThat(click.headers().firstValue("Location").orElseThrow())
                    .isEqualTo(a.get("destination").asText())
                    .contains(
                            "utm_medium=influencer",
                            "utm_campaign=spring-launch",
                            "utm_content=" + URLEncoder.encode(a.get("handle").asText(), StandardCharsets.UTF_8));
        }
        assertThat(s.get(URI.create(b.get("link").asText()).getPath(), null).statusCode())
                .isEqualTo(302);
        assertThat(s.get("/r/nosuchtoken", null).statusCode()).isEqualTo(404);

        String name = ws + "/campaigns/Spring%20Launch";
        assertThat(flagged(name, a, "https://example.test/p/a1", "Morning routine with the serum #ad", 12_000, 640))
                .isFalse();
        assertThat(flagged(name, b, "https://example.test/p/b1", "My new favourite serum!", 8_000, 300))
                .as("no disclosure")
                .isTrue();

        OrderExports exports = new OrderExports(a, b, campaign.get("slug").asText());
        String shopify = exports.shopify(), woo = exports.woocommerce();
        assertThat(ordersAdded(name, "shopify", shopify)).isEqualTo(4);
        assertThat(ordersAdded(name, "shopify", shopify))
                .as("re-import adds nothing")
                .isZero();
        assertThat(ordersAdded(name, "woocommerce", woo)).isEqualTo(4);
        var bad = postText(name + "/orders?format=shopify", s.alice, "Name,Total,Created at\n#9,lots,2026-11-01\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad).get("problems").get(0).asText()).contains("line 2", "'Total'", "not an amount");

        JsonNode report = json(s.get(name, s.alice));
        JsonNode creators = report.get("creators");
        assertThat(creators.get(0).get("realised").get("revenue").asDouble()).isEqualTo(OrderExports.REVENUE_A);
        assertThat(creators.get(0).get("realised").get("conversions").asInt()).isEqualTo(2);
        assertThat(creators.get(0).get("realised").get("clicks").asInt()).isEqualTo(3);
        assertThat(creators.get(1).get("realised").get("revenue").asDouble()).isEqualTo(OrderExports.REVENUE_B);
        assertThat(creators.get(1).get("realised").get("clicks").asInt()).isEqualTo(1);
        JsonNode total = report.get("total");
        double cost = total.get("realised").get("cost").asDouble();
        assertThat(total.get("realised").get("revenue").asDouble()).isCloseTo(344.40, within(1e-9));
        assertThat(total.get("realised").get("roi").asDouble()).isCloseTo((344.40 - cost) / cost, within(1e-9));
        assertThat(total.get("forecast").get("roi").get("band").asText()).isIn("inside the band", "below", "above");
        assertThat(total.get("forecast").get("roi").get("p10").asDouble())
                .isLessThanOrEqualTo(total.get("forecast").get("roi").get("p90").asDouble());
        assertThat(report.get("unattributed"))
                .extracting(n -> n.get("reference").asText())
                .containsExactlyInAnyOrder("#1004", "504");
        assertThat(report.get("notCounted"))
                .extracting(n -> n.get("reference").asText())
                .containsExactlyInAnyOrder("#1003", "503");
        assertThat(report.get("emvFormula").asText()).contains("Upfluence");

        var page = s.get("/w/" + s.brandA.id() + "/campaigns/Spring%20Launch", s.alice);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Spend and return per creator", "data-chart", "no disclosure");
        var html = s.get(name + "/export?format=html", s.alice);
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Chart", "Realised against the forecast band");
        assertThat(s.get(name + "/export?format=csv", s.alice).body()).startsWith("scope,label,cost,");
        var pdf = s.get(name + "/export?format=pdf", s.alice);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(s.get(name, s.bob).statusCode()).as("another workspace").isEqualTo(404);
    }

    @Test
    void postedContentComesInThroughTheCampaignPagesFormWithFieldErrorsAndTheCsrfToken() throws Exception {
        String ws = "/api/workspaces/" + s.brandA.id();
        String creator = s.firstCreator();
        var made = s.send(
                "POST",
                ws + "/campaigns",
                s.alice,
                WebServer.JSON.writeValueAsString(Map.of(
                        "name",
                        "Form Launch",
                        "landingUrl",
                        "https://shop.example/serum",
                        "creators",
                        java.util.List.of(
                                Map.of("creator", creator, "deliverable", deliverableOf(creator), "price", 300)))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String session = s.signIn("alice@brand-a.test");
        String pagePath = "/w/" + s.brandA.id() + "/campaigns/Form%20Launch";
        var page = s.page(pagePath, session);
        assertThat(page.body()).contains("Record a posted item", "name=\"postedAt\"");
        String csrf = ServerFixture.csrf(page.body());
        String platform = creator.substring(0, creator.indexOf(':'));
        String otherPlatform = platform.equals("youtube") ? "tiktok" : "youtube";

        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("_csrf", csrf);
        bad.put("creator", creator);
        bad.put("platform", otherPlatform);
        bad.put("url", "not a link");
        bad.put("postedAt", "yesterday");
        bad.put("text", "Loving this serum #ad");
        bad.put("impressions", "-5");
        bad.put("engagements", "");
        bad.put("sponsored", "on");
        var refused = s.postForm(pagePath + "/posts", session, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Nothing was recorded: 4 fields need a change.")
                .contains("id=\"error-platform\"", "posts on " + platform + ", not " + otherPlatform)
                .contains(
                        "id=\"error-url\"", "id=\"error-postedAt\"", "&#39;yesterday&#39;", "id=\"error-impressions\"")
                .doesNotContain("id=\"error-engagements\"")
                .contains("Loving this serum #ad"); // what was typed is kept
        String api = ws + "/campaigns/Form%20Launch";
        assertThat(json(s.get(api, s.alice)).get("posts")).isEmpty();

        Map<String, String> good = new java.util.LinkedHashMap<>(bad);
        good.put("platform", platform);
        good.put("url", "https://example.test/p/form1");
        good.put("postedAt", "2026-11-03T14:00");
        good.put("impressions", "12,000");
        good.put("engagements", "640");
        Map<String, String> noToken = new java.util.LinkedHashMap<>(good);
        noToken.remove("_csrf");
        assertThat(s.postForm(pagePath + "/posts", session, noToken).statusCode())
                .as("without the CSRF token")
                .isEqualTo(403);
        var recorded = s.postForm(pagePath + "/posts", session, good);
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("Recorded https://example.test/p/form1", "disclosure found");
        JsonNode post = json(s.get(api, s.alice)).get("posts").get(0);
        assertThat(post.get("url").asText()).isEqualTo("https://example.test/p/form1");
        assertThat(post.get("impressions").asLong()).isEqualTo(12_000);
        assertThat(post.get("engagements").asLong()).isEqualTo(640);
        assertThat(post.get("flagged").asBoolean()).isFalse();
    }

    private static String deliverableOf(String creator) {
        return Map.of("instagram", "instagram-reel", "tiktok", "tiktok-video", "youtube", "youtube-video")
                .get(creator.substring(0, creator.indexOf(':')));
    }
}
