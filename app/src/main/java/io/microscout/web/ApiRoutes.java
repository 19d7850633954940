package io.microscout.web;

import static io.microscout.web.Route.Access.MANAGE;
import static io.microscout.web.Route.Access.READ;
import static io.microscout.web.Route.Access.SIGNED_IN;
import static io.microscout.web.Route.Access.WRITE;
import static io.microscout.web.Router.arrayOf;
import static io.microscout.web.Router.object;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.microscout.app.DiscoveryOffer;
import io.microscout.brief.Brief;
import io.microscout.catalog.CatalogEntry;
import io.microscout.cli.CatalogJson;
import io.microscout.cli.DiscoveryOutput;
import io.microscout.cli.planning.PlanOutput;
import io.microscout.creator.CreatorKey;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Quote;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.Role;
import io.microscout.workspace.SavedBrief;
import io.microscout.workspace.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The REST API: what the CLI does, with the CLI's JSON shapes (its writers are reused, not copied). */
final class ApiRoutes {
    static final String JSON_TYPE = "application/json";
    private static final Map<String, Object> ANY = Map.of("type", "object", "additionalProperties", true);
    private static final Map<String, Object> CREATOR = object(
            "platform",
            "string",
            "handle",
            "string",
            "displayName",
            "string",
            "followers",
            "integer",
            "tier",
            "string",
            "metrics",
            ANY,
            "authenticity",
            ANY);
    private static final Map<String, Object> RANKED = object(
            "results",
            arrayOf(object(
                    "rank",
                    "integer",
                    "platform",
                    "string",
                    "handle",
                    "string",
                    "score",
                    "number",
                    "components",
                    ANY,
                    "niches",
                    arrayOf(ANY))));
    private static final Map<String, Object> PLAN = object(
            "selections",
            arrayOf(object(
                    "platform",
                    "string",
                    "handle",
                    "string",
                    "deliverable",
                    "string",
                    "price",
                    "number",
                    "reason",
                    "string")),
            "totals",
            ANY,
            "assumptions",
            arrayOf(Map.of("type", "string")));
    private static final Map<String, Object> PLAN_REQUEST = object(
            "brief",
            "string",
            "briefId",
            "integer",
            "budget",
            "number",
            "objective",
            "string",
            "maxSharePerCreator",
            "number",
            "seed",
            "integer",
            "save",
            Map.of("type", "string", "description", "save under this name (replaces a plan of that name)"));
    private static final Map<String, Object> BRIEF =
            object("id", "integer", "name", "string", "document", "string", "savedAt", "string");
    private static final Map<String, Object> QUOTE = object(
            "platform",
            "string",
            "handle",
            "string",
            "deliverable",
            "string",
            "price",
            "number",
            "recordedAt",
            "string",
            "note",
            "string");
    private static final Map<String, Object> IMPORT = object(
            "id",
            "integer",
            "state",
            "string",
            "filesDone",
            "integer",
            "filesTotal",
            "integer",
            "recordsRead",
            "integer",
            "files",
            arrayOf(object(
                    "file",
                    "string",
                    "stored",
                    "boolean",
                    "problems",
                    arrayOf(object("file", "string", "location", "string", "field", "string", "message", "string")))));
    private static final Map<String, Object> WORKSPACE = object("id", "integer", "name", "string", "role", "string");
    private static final Map<String, Object> NOTE =
            object("id", "integer", "author", "string", "body", "string", "writtenAt", "string");

    private final Router router;
    private final Workbench bench;
    private final JdbiAccounts accounts;
    private final ImportJobs imports;
    private final Passwords passwords;
    private final Clock clock;

    ApiRoutes(
            Router router,
            Workbench bench,
            JdbiAccounts accounts,
            ImportJobs imports,
            Passwords passwords,
            Clock clock) {
        this.router = router;
        this.bench = bench;
        this.accounts = accounts;
        this.imports = imports;
        this.passwords = passwords;
        this.clock = clock;
    }

    private void get(
            String path,
            Route.Access access,
            String summary,
            List<String> query,
            Map<String, Object> response,
            Router.Action action) {
        router.api(new Route(HandlerType.GET, path, access, summary, query, null, null, response, JSON_TYPE), action);
    }

    /** What a list endpoint answers with: the items for the call. */
    private interface Items<T> {
        java.util.Collection<T> of(Router.Call call) throws Exception;
    }

    /** A GET answered with a JSON array: the call's items, each as {@code view} shows it; documented as such. */
    private <T> void getList(
            String path,
            Route.Access access,
            String summary,
            Map<String, Object> item,
            Items<T> items,
            java.util.function.Function<? super T, ?> view) {
        get(
                path,
                access,
                summary,
                List.of(),
                arrayOf(item),
                c -> c.ctx().json(items.of(c).stream().map(view).toList()));
    }

    private void post(
            String path,
            Route.Access access,
            String summary,
            Map<String, Object> request,
            Map<String, Object> response,
            Router.Action action) {
        router.api(
                new Route(HandlerType.POST, path, access, summary, List.of(), request, JSON_TYPE, response, JSON_TYPE),
                action);
    }

    void register() {
        workspaces();
        catalog();
        briefs();
        discovery();
        quotes();
        plans();
        importsAndNotes();
    }

    private void workspaces() {
        getList(
                "/api/workspaces",
                SIGNED_IN,
                "the caller's workspaces with the caller's role",
                WORKSPACE,
                c -> accounts.memberships(c.caller().user().id()),
                m -> workspace(m.workspace().id(), m.workspace().name(), m.role()));
        post(
                "/api/workspaces",
                SIGNED_IN,
                "create a workspace; the caller becomes its owner",
                object("name", "string"),
                WORKSPACE,
                c -> {
                    String name = text(body(c.ctx()), "name", true);
                    if (name.length() > 100) {
                        throw Problem.badRequest("name", "a workspace name is at most 100 characters");
                    }
                    var w = accounts.createWorkspace(name, c.caller().user().id(), clock.instant());
                    c.ctx().status(201).json(workspace(w.id(), w.name(), Role.OWNER));
                });
        post(
                "/api/workspaces/{ws}/members",
                MANAGE,
                "add a member (a new user needs a password) or change a role",
                object("email", "string", "role", "string", "password", "string"),
                object("email", "string", "role", "string"),
                c -> {
                    Map<String, Object> b = body(c.ctx());
                    String email = text(b, "email", true);
                    Role role;
                    try {
                        role = Role.parse(text(b, "role", true));
                    } catch (IllegalArgumentException e) {
                        throw Problem.badRequest("role", e.getMessage());
                    }
                    User u = accounts.user(email).orElseGet(() -> {
                        String password = text(b, "password", false);
                        if (password == null) {
                            throw Problem.badRequest("password", "no user " + email + " yet: give a password for them");
                        }
                        try {
                            return accounts.createUser(email, passwords.hash(password), clock.instant());
                        } catch (IllegalArgumentException e) {
                            throw Problem.badRequest("email", e.getMessage());
                        }
                    });
                    accounts.setMember(c.workspace(), u.id(), role);
                    c.ctx().status(201).json(Map.of("email", u.email(), "role", role.id()));
                });
    }

    private static Map<String, Object> workspace(long id, String name, Role role) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", id);
        j.put("name", name);
        j.put("role", role.id());
        return j;
    }

    private void catalog() {
        get(
                "/api/creators",
                SIGNED_IN,
                "creators of the shared catalog matching the filters (as `creators --json`),"
                        + " largest audience first; paged by offset and limit",
                List.of(
                        "platform",
                        "tier",
                        "minFollowers",
                        "maxFollowers",
                        "minEngagement",
                        "maxEngagement",
                        "country",
                        "language",
                        "text",
                        "minAuthenticity",
                        "offset",
                        "limit",
                        "sort"),
                object("offset", "integer", "limit", "integer", "more", "boolean", "creators", arrayOf(CREATOR)),
                c -> c.ctx().json(bench.creators(c.ctx()).json()));
        get(
                "/api/creators/{key}",
                SIGNED_IN,
                "one creator as `creator KEY --json`: profile, metrics with formulas,"
                        + " posts, snapshots, authenticity with every component",
                List.of(),
                CREATOR,
                c -> c.ctx()
                        .json(bench.creator(CreatorView.key(c.ctx().pathParam("key")))
                                .json()));
        get(
                "/api/creators/{key}/lookalikes",
                SIGNED_IN,
                "creators like this one (as `discover --like KEY --json`)",
                List.of("top"),
                RANKED,
                c -> raw(
                        c.ctx(),
                        DiscoveryOutput.json(bench.lookalikes(
                                CreatorView.key(c.ctx().pathParam("key")),
                                intParam(c.ctx(), "top", Workbench.DEFAULT_TOP)))));
    }

    private void briefs() {
        getList(
                "/api/workspaces/{ws}/briefs",
                READ,
                "the workspace's saved briefs",
                BRIEF,
                c -> bench.records(c.workspace()).briefs(),
                ApiRoutes::brief);
        post(
                "/api/workspaces/{ws}/briefs",
                WRITE,
                "save a brief (YAML or JSON text, checked as `discover --brief`)",
                object("name", "string", "document", "string"),
                BRIEF,
                c -> {
                    Map<String, Object> b = body(c.ctx());
                    String name = text(b, "name", true);
                    String doc = text(b, "document", true);
                    Workbench.brief(doc);
                    c.ctx().status(201).json(brief(bench.records(c.workspace()).saveBrief(name, doc, clock.instant())));
                });
        get(
                "/api/workspaces/{ws}/briefs/{id}",
                READ,
                "one saved brief",
                List.of(),
                BRIEF,
                c -> c.ctx().json(brief(savedBrief(c.workspace(), id(c.ctx(), "id")))));
    }

    private SavedBrief savedBrief(long workspace, long id) {
        return bench.records(workspace).brief(id).orElseThrow(() -> Problem.notFound("no brief " + id + " here"));
    }

    private static Map<String, Object> brief(SavedBrief b) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", b.id());
        j.put("name", b.name());
        j.put("document", b.document());
        j.put("savedAt", b.savedAt().toString());
        return j;
    }

    /** The brief of a request: its text ({@code brief}) or a saved brief of the workspace ({@code briefId}). */
    Brief requestBrief(Map<String, Object> body, long workspace) {
        Object id = body.get("briefId");
        if (id != null) {
            try {
                return Workbench.brief(
                        savedBrief(workspace, Long.parseLong(id.toString())).document());
            } catch (NumberFormatException e) {
                throw Problem.badRequest("briefId", "briefId must be a number, got '" + id + "'");
            }
        }
        return Workbench.brief(text(body, "brief", true));
    }

    private void discovery() {
        post(
                "/api/workspaces/{ws}/discover",
                READ,
                "creators ranked for a brief (as `discover --brief --json`); with offerPrice (or a brief with budget and"
                        + " planning.maxSharePerCreator) each carries the workspace's acceptance likelihood and expected"
                        + " value (objective expected-fit ranks by it)",
                object(
                        "brief",
                        "string",
                        "briefId",
                        "integer",
                        "top",
                        "integer",
                        "offerPrice",
                        "number",
                        "deliverable",
                        "string",
                        "objective",
                        "string"),
                RANKED,
                c -> {
                    Map<String, Object> b = body(c.ctx());
                    Brief brief = requestBrief(b, c.workspace());
                    DiscoveryOffer offer = offer(b, brief, "offerPrice");
                    boolean byExpected = expectedFit(b, offer);
                    DiscoveryOffer.Ranking ranking = bench.discover(
                            brief, intField(b, "top", Workbench.DEFAULT_TOP), offer, byExpected, c.workspace());
                    raw(c.ctx(), DiscoveryOutput.json(ranking.creators(), ranking.odds(), offer));
                });
        post(
                "/api/workspaces/{ws}/compare",
                READ,
                "micro creators only vs one macro creator vs the best mix" + " (as `compare --json`)",
                PLAN_REQUEST,
                object("micro_creators_only", PLAN, "one_macro_creator", PLAN, "best_mix", PLAN),
                c -> {
                    BudgetComparison cmp = bench.compare(planRequest(body(c.ctx()), c.workspace()), c.workspace());
                    c.ctx().json(compareJson(cmp));
                });
    }

    /** The request's offer: offerPrice (with deliverable), else the brief's budget per creator, else none. */
    static DiscoveryOffer offer(Map<String, Object> b, Brief brief, String givenAs) {
        Double price = number(b, "offerPrice");
        if (price != null && !(price > 0)) {
            throw Problem.badRequest("offerPrice", "offerPrice must be a positive amount of US dollars, got " + price);
        }
        String d = text(b, "deliverable", false);
        try {
            return DiscoveryOffer.of(price, givenAs, d == null ? null : Deliverable.parse(d), brief);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("deliverable", e.getMessage());
        }
    }

    static boolean expectedFit(Map<String, Object> b, DiscoveryOffer offer) {
        String objective = text(b, "objective", false);
        if (objective == null || objective.equals("fit")) {
            return false;
        }
        if (!objective.equals("expected-fit")) {
            throw Problem.badRequest("objective", "objective takes fit or expected-fit, not '" + objective + "'");
        }
        if (offer == null) {
            throw Problem.badRequest(
                    "objective",
                    "expected-fit needs an offer: offerPrice, or a brief with budget and maxSharePerCreator");
        }
        return true;
    }

    static Map<String, Object> compareJson(BudgetComparison cmp) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("micro_creators_only", PlanOutput.json(cmp.microOnly()));
        j.put("one_macro_creator", PlanOutput.json(cmp.oneMacro()));
        j.put("best_mix", PlanOutput.json(cmp.bestMix()));
        return j;
    }

    Workbench.PlanRequest planRequest(Map<String, Object> b, long workspace) {
        return new Workbench.PlanRequest(
                requestBrief(b, workspace),
                number(b, "budget"),
                text(b, "objective", false),
                number(b, "maxSharePerCreator"),
                intField(b, "seed", 1));
    }

    private void quotes() {
        getList(
                "/api/workspaces/{ws}/quotes",
                READ,
                "the workspace's valid quotes",
                QUOTE,
                c -> bench.quotes(c.workspace()).valid(),
                ApiRoutes::quote);
        post(
                "/api/workspaces/{ws}/quotes",
                WRITE,
                "record a creator's quoted price (as `quote`); it overrides the"
                        + " estimate in this workspace's plans",
                object(
                        "creator",
                        "string",
                        "deliverable",
                        "string",
                        "price",
                        "number",
                        "validUntil",
                        "string",
                        "note",
                        "string"),
                QUOTE,
                c -> {
                    Map<String, Object> b = body(c.ctx());
                    c.ctx().status(201).json(quote(recordQuote(b, c.workspace())));
                });
    }

    Quote recordQuote(Map<String, Object> b, long workspace) {
        CreatorKey key;
        try {
            key = CreatorKey.parse(text(b, "creator", true));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("creator", e.getMessage());
        }
        if (bench.app().catalog().creator(key).isEmpty()) {
            throw Problem.badRequest("creator", "no creator " + key + " in the catalog");
        }
        Deliverable d;
        try {
            d = Deliverable.parse(text(b, "deliverable", true));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("deliverable", e.getMessage());
        }
        if (d.platform() != key.platform()) {
            throw Problem.badRequest("deliverable", key + " cannot sell a " + d.label());
        }
        Double price = number(b, "price");
        if (price == null || !(price > 0)) {
            throw Problem.badRequest("price", "price must be a positive amount in US dollars");
        }
        LocalDate until = null;
        String untilText = text(b, "validUntil", false);
        if (untilText != null) {
            try {
                until = LocalDate.parse(untilText);
            } catch (java.time.format.DateTimeParseException e) {
                throw Problem.badRequest("validUntil", "validUntil must be a date YYYY-MM-DD, got '" + untilText + "'");
            }
        }
        Quote q = new Quote(key, d, price, clock.instant(), text(b, "note", false));
        bench.quotes(workspace).record(q, until);
        return q;
    }

    private static Map<String, Object> quote(Quote q) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("platform", q.creator().platform().id());
        j.put("handle", q.creator().handle());
        j.put("deliverable", q.deliverable().id());
        j.put("price", q.amountUsd());
        j.put("recordedAt", q.recordedAt() == null ? null : q.recordedAt().toString());
        j.put("note", q.note());
        return j;
    }

    private void plans() {
        post(
                "/api/workspaces/{ws}/plans",
                WRITE,
                "make a plan for a brief and budget (as `plan --json`); with" + " 'save' it is saved under that name",
                PLAN_REQUEST,
                PLAN,
                c -> {
                    Map<String, Object> b = body(c.ctx());
                    Plan plan = bench.plan(planRequest(b, c.workspace()), c.workspace());
                    String json = PlanOutput.JSON.writeValueAsString(PlanOutput.json(plan));
                    String save = text(b, "save", false);
                    if (save != null) {
                        savePlan(c.workspace(), save, plan, json);
                    }
                    c.ctx().status(201);
                    raw(c.ctx(), json);
                });
        get(
                "/api/workspaces/{ws}/plans",
                READ,
                "the workspace's saved plans, newest first",
                List.of(),
                arrayOf(object(
                        "name",
                        "string",
                        "savedAt",
                        "string",
                        "budget",
                        "number",
                        "cost",
                        "number",
                        "objective",
                        "string",
                        "items",
                        "integer")),
                c -> c.ctx()
                        .json(bench.plans(c.workspace()).list().stream()
                                .map(ApiRoutes::planSummary)
                                .toList()));
        get(
                "/api/workspaces/{ws}/plans/{name}",
                READ,
                "a saved plan as `plans show NAME --json`",
                List.of(),
                PLAN,
                c -> raw(
                        c.ctx(),
                        savedPlan(c.workspace(), c.ctx().pathParam("name")).document()));
        router.api(
                new Route(
                        HandlerType.GET,
                        "/api/workspaces/{ws}/plans/{name}/export",
                        READ,
                        "export a saved plan: format=csv (as `plans show NAME --csv`) or json",
                        List.of("format"),
                        null,
                        null,
                        Map.of("type", "string"),
                        "text/csv"),
                c -> export(c.ctx(), savedPlan(c.workspace(), c.ctx().pathParam("name"))));
    }

    void savePlan(long workspace, String name, Plan plan, String json) {
        SavedPlan saved;
        try {
            saved = SavedPlan.of(name, plan, "MicroScout defaults", clock.instant(), json);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("save", e.getMessage());
        }
        bench.plans(workspace).save(saved);
    }

    SavedPlan savedPlan(long workspace, String name) {
        return bench.plans(workspace)
                .load(name)
                .orElseThrow(() -> Problem.notFound("no saved plan '" + name + "' here"));
    }

    static void export(Context ctx, SavedPlan p) throws java.io.IOException {
        String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
        if (format.equals("json")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + p.name() + ".json\"");
            raw(ctx, p.document());
        } else if (format.equals("csv")) {
            java.io.StringWriter s = new java.io.StringWriter();
            java.io.PrintWriter w = new java.io.PrintWriter(s);
            io.microscout.cli.planning.PlansCommand.Show.csv(p, w);
            w.flush();
            ctx.header("Content-Disposition", "attachment; filename=\"" + p.name() + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(s.toString());
        } else {
            throw Problem.badRequest("format", "format must be csv or json, got '" + format + "'");
        }
    }

    static Map<String, Object> planSummary(SavedPlan p) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", p.name());
        j.put("savedAt", p.savedAt().toString());
        j.put("briefName", p.briefName());
        j.put("budget", p.budget());
        j.put("cost", p.cost());
        j.put("objective", p.objective().id());
        j.put("items", p.selections().size());
        return j;
    }

    private void importsAndNotes() {
        router.api(
                new Route(
                        HandlerType.POST,
                        "/api/workspaces/{ws}/imports",
                        WRITE,
                        "upload files to import"
                                + " (multipart: files, format, skipInvalid, platform); answers 202 with the job to poll",
                        List.of(),
                        object(
                                "files",
                                arrayOf(Map.of("type", "string", "format", "binary")),
                                "format",
                                "string",
                                "skipInvalid",
                                "boolean",
                                "platform",
                                "string"),
                        "multipart/form-data",
                        IMPORT,
                        JSON_TYPE),
                c -> c.ctx()
                        .status(202)
                        .json(startImport(c.ctx(), c.workspace()).json()));
        getList(
                "/api/workspaces/{ws}/imports",
                READ,
                "the workspace's imports since the server started",
                IMPORT,
                c -> imports.jobs(c.workspace()),
                ImportJobs.Job::json);
        get(
                "/api/workspaces/{ws}/imports/{id}",
                READ,
                "an import's progress and per-record problems",
                List.of(),
                IMPORT,
                c -> c.ctx().json(importJob(c.workspace(), id(c.ctx(), "id")).json()));
        getList(
                "/api/workspaces/{ws}/creators/{key}/notes",
                READ,
                "the workspace's notes on a creator",
                NOTE,
                c -> bench.records(c.workspace()).notes(CreatorView.key(c.ctx().pathParam("key"))),
                ApiRoutes::note);
        post(
                "/api/workspaces/{ws}/creators/{key}/notes",
                WRITE,
                "write a note on a creator (this workspace only)",
                object("body", "string"),
                NOTE,
                c -> c.ctx().status(201).json(note(addNote(c, text(body(c.ctx()), "body", true)))));
        get(
                "/api/workspaces/{ws}/creators/{key}/prices",
                READ,
                "price estimates per deliverable, or the" + " workspace's quotes where recorded",
                List.of(),
                arrayOf(object(
                        "deliverable",
                        "string",
                        "low",
                        "number",
                        "point",
                        "number",
                        "high",
                        "number",
                        "basis",
                        "string")),
                c -> {
                    CreatorView v = bench.creator(CreatorView.key(c.ctx().pathParam("key")));
                    c.ctx()
                            .json(v.prices(
                                    bench.pricer(c.workspace()), bench.app().tierScheme()));
                });
    }

    io.microscout.workspace.CreatorNote addNote(Router.Call c, String text) {
        CreatorKey key = CreatorView.key(c.ctx().pathParam("key"));
        if (bench.app().catalog().creator(key).isEmpty()) {
            throw Problem.notFound("no creator " + key + " in the catalog");
        }
        if (text.length() > 5000) {
            throw Problem.badRequest("body", "a note is at most 5,000 characters");
        }
        return bench.records(c.workspace())
                .addNote(key, c.caller().user().id(), c.caller().user().email(), text, clock.instant());
    }

    private static Map<String, Object> note(io.microscout.workspace.CreatorNote n) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", n.id());
        j.put("author", n.author());
        j.put("body", n.body());
        j.put("writtenAt", n.writtenAt().toString());
        return j;
    }

    ImportJobs.Job startImport(Context ctx, long workspace) throws java.io.IOException {
        List<ImportJobs.Upload> uploads = new ArrayList<>();
        if (!ctx.isMultipartFormData()) {
            throw Problem.badRequest("files", "send the files as multipart/form-data (field 'files')");
        }
        for (var f : ctx.uploadedFiles("files")) {
            uploads.add(new ImportJobs.Upload(f.filename(), f.content()));
        }
        return imports.start(
                workspace,
                ctx.formParam("format"),
                "true".equals(ctx.formParam("skipInvalid")) || "on".equals(ctx.formParam("skipInvalid")),
                ctx.formParam("platform"),
                uploads);
    }

    ImportJobs.Job importJob(long workspace, long id) {
        return imports.job(workspace, id).orElseThrow(() -> Problem.notFound("no import " + id + " here"));
    }

    // ---- request reading: every problem names its field

    static Map<String, Object> body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = WebServer.JSON.readValue(text, Map.class);
            return m;
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("body", "the request body is not a JSON object: " + e.getOriginalMessage());
        }
    }

    static String text(Map<String, Object> body, String field, boolean required) {
        Object v = body.get(field);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw Problem.badRequest(field, field + " is required");
            }
            return null;
        }
        return v.toString().trim();
    }

    static Double number(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(field, field + " must be a number, got '" + v + "'");
        }
    }

    static int intField(Map<String, Object> body, String field, int fallback) {
        Double d = number(body, field);
        if (d == null) {
            return fallback;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw Problem.badRequest(field, field + " must be a whole number, got '" + body.get(field) + "'");
        }
        return d.intValue();
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        return v == null ? fallback : intField(Map.of(name, v), name, fallback);
    }

    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw Problem.notFound("no " + name + " '" + ctx.pathParam(name) + "'");
        }
    }

    static void raw(Context ctx, String json) {
        ctx.contentType(JSON_TYPE).result(json);
    }

    static Set<String> codes(String csv, boolean upper) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(
                        upper
                                ? s.trim().toUpperCase(java.util.Locale.ROOT)
                                : s.trim().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    static Map<String, Object> creatorSummary(
            CatalogEntry e,
            Map<CreatorKey, io.microscout.authenticity.StoredAuthenticity> auth,
            io.microscout.tier.TierScheme scheme) {
        Map<String, Object> j = CatalogJson.summary(e.creator(), e.metrics(), scheme);
        j.put("authenticity", CatalogJson.authenticity(auth.get(e.creator().key())));
        return j;
    }
}
