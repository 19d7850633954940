package io.microscout.web;

import static io.microscout.web.Route.Access.PUBLIC;
import static io.microscout.web.Route.Access.READ;
import static io.microscout.web.Route.Access.WRITE;
import static io.microscout.web.Router.arrayOf;
import static io.microscout.web.Router.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.microscout.app.CampaignService;
import io.microscout.app.MicroScout;
import io.microscout.campaign.Agreement;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignReport;
import io.microscout.campaign.PostedItem;
import io.microscout.cli.campaign.CampaignCsv;
import io.microscout.cli.campaign.CampaignDocument;
import io.microscout.cli.campaign.CampaignHtml;
import io.microscout.cli.campaign.CampaignPdf;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.orders.OrderColumns;
import io.microscout.importer.orders.OrderFiles;
import io.microscout.importer.orders.OrderFormat;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import io.microscout.store.campaign.JdbiTrackingLinks;
import io.microscout.store.workspace.JdbiAccounts;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaigns over the server: the REST API under {@code /api/workspaces/{ws}/campaigns}, the report page, and the
 * PUBLIC redirect {@code GET /r/{token}} that counts a click (it stores the token and the time, nothing about the
 * visitor: no IP address, no user agent, no cookie) and forwards to the landing page with the creator's UTM
 * parameters.
 */
final class CampaignRoutes {
    private static final String JSON = "application/json";
    private final Router router;
    private final MicroScout app;
    private final JdbiAccounts accounts;
    private final WebServer.Pages pages;
    private final JdbiTrackingLinks links;

    CampaignRoutes(Router router, MicroScout app, JdbiAccounts accounts, WebServer.Pages pages) {
        this.router = router;
        this.app = app;
        this.accounts = accounts;
        this.pages = pages;
        this.links = new JdbiTrackingLinks(app.store().jdbi());
    }

    private CampaignService service(Router.Call c) {
        return new CampaignService(app, c.workspace());
    }

    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private Campaign campaign(Router.Call c) {
        String name = c.ctx().pathParam("name");
        return service(c).campaigns().find(name).orElseThrow(() -> Problem.notFound("no campaign '" + name + "'"));
    }

    void register() {
        Map<String, Object> campaign = object(
                "name",
                "string",
                "slug",
                "string",
                "landingUrl",
                "string",
                "plan",
                "string",
                "creators",
                arrayOf(object(
                        "platform",
                        "string",
                        "handle",
                        "string",
                        "tier",
                        "string",
                        "promoCode",
                        "string",
                        "link",
                        "string",
                        "destination",
                        "string")),
                "deliverables",
                arrayOf(object(
                        "id", "integer", "creator", "string", "format", "string", "due", "string", "price", "number",
                        "status", "string")));
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/campaigns",
                        READ,
                        "the workspace's campaigns",
                        List.of(),
                        null,
                        null,
                        arrayOf(campaign),
                        JSON),
                c -> c.ctx()
                        .json(service(c).campaigns().list().stream()
                                .map(x -> CampaignDocument.campaign(x, base(c.ctx())))
                                .toList()));
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/campaigns",
                        WRITE,
                        "create a campaign from a saved plan (fromPlan) and/or agreements (creators: creator "
                                + "PLATFORM:HANDLE, deliverable, price, due); answers 201 with its codes and links",
                        List.of(),
                        object(
                                "name",
                                "string",
                                "landingUrl",
                                "string",
                                "fromPlan",
                                "string",
                                "averageOrderValue",
                                "number",
                                "creators",
                                arrayOf(object(
                                        "creator",
                                        "string",
                                        "deliverable",
                                        "string",
                                        "price",
                                        "number",
                                        "due",
                                        "string"))),
                        JSON,
                        campaign,
                        JSON),
                this::create);
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/campaigns/{name}",
                        READ,
                        "a campaign's report: realised per creator, tier and campaign beside the forecast band, "
                                + "attribution, disclosure check",
                        List.of(),
                        null,
                        null,
                        object(
                                "campaign",
                                campaign,
                                "total",
                                "object",
                                "creators",
                                arrayOf(Map.of("type", "object")),
                                "tiers",
                                arrayOf(Map.of("type", "object")),
                                "unattributed",
                                arrayOf(Map.of("type", "object")),
                                "posts",
                                arrayOf(Map.of("type", "object")),
                                "emvFormula",
                                "string"),
                        JSON),
                c -> c.ctx().json(CampaignDocument.report(service(c).report(campaign(c)), base(c.ctx()))));
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/campaigns/{name}/orders",
                        WRITE,
                        "import an order export (the body is the CSV file; format=shopify|woocommerce|csv, "
                                + "map=field=COLUMN,... for csv, skipInvalid=true); re-importing adds nothing",
                        List.of("format", "map", "skipInvalid"),
                        Map.of("type", "string"),
                        "text/csv",
                        object(
                                "read",
                                "integer",
                                "added",
                                "integer",
                                "stored",
                                "boolean",
                                "problems",
                                arrayOf(Map.of("type", "string"))),
                        JSON),
                this::orders);
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/campaigns/{name}/posts",
                        WRITE,
                        "record a posted item (or update its metrics: the url identifies it); its text is checked "
                                + "for a sponsorship disclosure",
                        List.of(),
                        object(
                                "creator",
                                "string",
                                "url",
                                "string",
                                "text",
                                "string",
                                "postedAt",
                                "string",
                                "impressions",
                                "integer",
                                "engagements",
                                "integer",
                                "sponsored",
                                "boolean"),
                        JSON,
                        object("recorded", "string", "disclosure", "string", "flagged", "boolean"),
                        JSON),
                this::post);
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/campaigns/{name}/export",
                        READ,
                        "export a campaign's report: format=csv, json, html (a standalone file) or pdf",
                        List.of("format"),
                        null,
                        null,
                        Map.of("type", "string"),
                        "text/csv"),
                this::export);
        router.page(
                HandlerType.GET,
                "/w/{ws}/campaigns/{name}",
                READ,
                "a campaign's report page",
                c -> page(c, CampaignPostForm.State.empty()));
        router.page(
                HandlerType.POST,
                "/w/{ws}/campaigns/{name}/posts",
                WRITE,
                "record a posted item (form): creator, platform, URL, posted at, text, metrics",
                this::postForm);
        router.page(
                HandlerType.GET,
                "/r/{token}",
                PUBLIC,
                "a tracking link: counts the click (token and time only) and forwards with the UTM parameters",
                this::redirect);
    }

    private void create(Router.Call c) {
        JsonNode body = body(c.ctx());
        List<Agreement> agreements = new ArrayList<>();
        int i = 0;
        for (JsonNode a : body.path("creators")) {
            String field = "creators[" + i++ + "]";
            try {
                String due = a.path("due").asText("");
                agreements.add(new Agreement(
                        CreatorKey.parse(a.path("creator").asText("")),
                        Deliverable.parse(a.path("deliverable").asText("")),
                        Money.toCents(a.path("price").asDouble(-1)),
                        due.isBlank() ? null : LocalDate.parse(due)));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw Problem.badRequest(field, field + ": " + e.getMessage());
            }
        }
        String plan = body.path("fromPlan").asText("");
        Double aov =
                body.has("averageOrderValue") ? body.get("averageOrderValue").asDouble() : null;
        try {
            Campaign made = service(c)
                    .create(
                            body.path("name").asText(""),
                            body.path("landingUrl").asText(""),
                            plan.isBlank() ? null : plan,
                            agreements,
                            aov);
            c.ctx().status(201).json(CampaignDocument.campaign(made, base(c.ctx())));
        } catch (IllegalArgumentException e) {
            throw Problem.fromMessage("", e.getMessage());
        }
    }

    private void orders(Router.Call c) throws Exception {
        Campaign campaign = campaign(c);
        OrderFormat format;
        Map<String, String> map = new LinkedHashMap<>();
        OrderColumns columns;
        try {
            format = OrderFormat.parse(c.ctx().queryParam("format"));
            String m = c.ctx().queryParam("map");
            if (m != null && !m.isBlank()) {
                for (String pair : m.split(",")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("map: '" + pair + "' is not FIELD=COLUMN");
                    }
                    map.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            columns = OrderColumns.of(format, map);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("format", e.getMessage());
        }
        var read = OrderFiles.read("upload", new StringReader(c.ctx().body()), format, columns);
        CampaignService.OrderImport r =
                service(c).store(campaign, read, "true".equals(c.ctx().queryParam("skipInvalid")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", r.read());
        out.put("added", r.added());
        out.put("stored", r.stored());
        out.put("problems", r.problems().stream().map(Object::toString).toList());
        c.ctx().status(r.stored() ? 200 : 422).json(out);
    }

    private void post(Router.Call c) {
        Campaign campaign = campaign(c);
        JsonNode b = body(c.ctx());
        PostedItem item;
        try {
            item = new PostedItem(
                    CreatorKey.parse(b.path("creator").asText("")),
                    b.path("url").asText(""),
                    b.hasNonNull("postedAt") ? Instant.parse(b.get("postedAt").asText()) : null,
                    b.path("text").asText(""),
                    b.hasNonNull("impressions") ? b.get("impressions").asLong() : null,
                    b.hasNonNull("engagements") ? b.get("engagements").asLong() : null,
                    b.path("sponsored").asBoolean(true));
            service(c).recordPost(campaign.name(), item);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw Problem.fromMessage("", e.getMessage());
        }
        var finding = new io.microscout.campaign.DisclosureDetector().text(item.text());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recorded", item.url());
        out.put("disclosure", finding.map(f -> f.kind() + ": " + f.sentence()).orElse(null));
        out.put("flagged", item.sponsored() && finding.isEmpty());
        c.ctx().json(out);
    }

    private void export(Router.Call c) {
        CampaignReport r = service(c).report(campaign(c));
        String format = String.valueOf(c.ctx().queryParam("format"));
        String file = r.campaign().slug();
        switch (format) {
            case "csv" ->
                c.ctx()
                        .contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                        .result(CampaignCsv.of(r));
            case "json" ->
                c.ctx()
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"")
                        .json(CampaignDocument.report(r, base(c.ctx())));
            case "html" ->
                c.ctx()
                        .contentType("text/html; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".html\"")
                        .result(CampaignHtml.standalone(r));
            case "pdf" ->
                c.ctx()
                        .contentType("application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                        .result(CampaignPdf.of(r));
            default ->
                throw Problem.badRequest("format", "format must be csv, json, html or pdf, got '" + format + "'");
        }
    }

    private void postForm(Router.Call c) {
        Campaign campaign = campaign(c);
        CampaignPostForm.Read read = CampaignPostForm.read(campaign, PageRoutes.form(c.ctx()));
        if (read.item().isEmpty()) {
            c.ctx().status(422);
            page(c, read.state());
            return;
        }
        PostedItem item = read.item().get();
        service(c).recordPost(campaign.name(), item);
        var finding = new io.microscout.campaign.DisclosureDetector().text(item.text());
        page(
                c,
                new CampaignPostForm.State(
                        Map.of(),
                        Map.of(),
                        "Recorded " + item.url() + " for " + item.creator() + ": "
                                + (!item.sponsored()
                                        ? "not sponsored, so not checked for a disclosure."
                                        : finding.map(f -> "disclosure found (" + f.kind() + ").")
                                                .orElse("no disclosure found: flagged in the report."))));
    }

    private void page(Router.Call c, CampaignPostForm.State form) {
        CampaignReport r = service(c).report(campaign(c));
        String csrf = c.caller().session() == null ? "" : c.caller().session().csrf();
        Frame f = new Frame(
                "Campaign " + r.campaign().name(),
                c.caller().user().email(),
                c.workspace(),
                c.membership().workspace().name(),
                c.membership().role().id(),
                accounts.memberships(c.caller().user().id()),
                csrf,
                "plans");
        String exports = "<p>Export: <a href=\"/api/workspaces/" + c.workspace() + "/campaigns/"
                + CampaignHtml.esc(
                        java.net.URLEncoder.encode(r.campaign().name(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                + "/export?format=";
        String links = exports + "csv\">CSV</a> · " + exports.substring(exports.indexOf("<a")) + "json\">JSON</a> · "
                + exports.substring(exports.indexOf("<a")) + "html\">HTML file</a> · "
                + exports.substring(exports.indexOf("<a")) + "pdf\">PDF</a></p>";
        String postForm = f.mayWrite()
                ? CampaignPostForm.html(
                        r.campaign(),
                        "/w/" + c.workspace() + "/campaigns/"
                                + java.net.URLEncoder.encode(
                                                r.campaign().name(), java.nio.charset.StandardCharsets.UTF_8)
                                        .replace("+", "%20")
                                + "/posts",
                        csrf,
                        form)
                : "";
        c.ctx().html(pages.render("campaign.jte", Map.of("f", f, "body", links + CampaignHtml.body(r) + postForm)));
    }

    private void redirect(Router.Call c) {
        String token = c.ctx().pathParam("token");
        String to = links.destination(token).orElseThrow(() -> Problem.notFound("no such link"));
        links.countClick(token, app.clock().instant());
        c.ctx().header("Referrer-Policy", "no-referrer").redirect(to, io.javalin.http.HttpStatus.FOUND);
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = WebServer.JSON.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw Problem.badRequest("", "the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Problem.badRequest("", "the body is not JSON: " + e.getOriginalMessage());
        }
    }
}
