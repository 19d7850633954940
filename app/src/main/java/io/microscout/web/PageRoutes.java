package io.microscout.web;

import static io.microscout.web.Route.Access.READ;
import static io.microscout.web.Route.Access.SIGNED_IN;
import static io.microscout.web.Route.Access.WRITE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.microscout.app.DiscoveryOffer;
import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.RankedCreator;
import io.microscout.forecast.Figure;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import io.microscout.planning.SavedPlan;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.Membership;
import io.microscout.workspace.SavedBrief;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The web app's pages: server-rendered by JTE (escaping everything), forms posting back with the CSRF token. */
final class PageRoutes {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Router router;
    private final Workbench bench;
    private final JdbiAccounts accounts;
    private final ImportJobs imports;
    private final WebServer.Pages pages;
    private final ApiRoutes api;

    PageRoutes(
            Router router,
            Workbench bench,
            JdbiAccounts accounts,
            ImportJobs imports,
            WebServer.Pages pages,
            ApiRoutes api) {
        this.router = router;
        this.bench = bench;
        this.accounts = accounts;
        this.imports = imports;
        this.pages = pages;
        this.api = api;
    }

    void register() {
        router.page(HandlerType.GET, "/", SIGNED_IN, "home: the first workspace's discovery", c -> {
            List<Membership> ms = accounts.memberships(c.caller().user().id());
            if (ms.isEmpty()) {
                throw Problem.forbidden("you are in no workspace yet: ask an owner to add you");
            }
            c.ctx().redirect("/w/" + ms.get(0).workspace().id() + "/discover");
        });
        router.page(
                HandlerType.GET,
                "/switch",
                SIGNED_IN,
                "switch workspace",
                c -> c.ctx().redirect("/w/" + ApiRoutes.intParam(c.ctx(), "ws", 0) + "/discover"));
        router.page(
                HandlerType.GET,
                "/w/{ws}",
                READ,
                "the workspace",
                c -> c.ctx().redirect("/w/" + c.workspace() + "/discover"));
        router.page(
                HandlerType.GET,
                "/w/{ws}/discover",
                READ,
                "the brief form",
                c -> discoverPage(c, Views.BriefForm.empty(), null, null, null, null));
        router.page(
                HandlerType.POST,
                "/w/{ws}/discover",
                READ,
                "discover for the brief form (and save it)",
                this::discover);
        router.page(HandlerType.GET, "/w/{ws}/creators", READ, "the catalog's creators with filters", this::creators);
        router.page(HandlerType.GET, "/w/{ws}/creators/{key}", READ, "one creator", c -> creatorPage(c, null));
        router.page(HandlerType.POST, "/w/{ws}/creators/{key}/quotes", WRITE, "record a quote (form)", c -> {
            Map<String, Object> b = form(c.ctx());
            b.put("creator", c.ctx().pathParam("key"));
            var q = api.recordQuote(b, c.workspace());
            creatorPage(c, "Recorded the quote: " + q.deliverable().label() + " at " + Views.money(q.amountUsd()));
        });
        router.page(HandlerType.POST, "/w/{ws}/creators/{key}/notes", WRITE, "write a note (form)", c -> {
            api.addNote(c, ApiRoutes.text(form(c.ctx()), "body", true));
            creatorPage(c, "Note added.");
        });
        router.page(
                HandlerType.GET,
                "/w/{ws}/plan",
                READ,
                "the plan builder",
                c -> planPage(c, new Views.PlanForm("", "", "", "", "", ""), null, null, null, null, null));
        router.page(HandlerType.POST, "/w/{ws}/plan", READ, "build (and save) a plan (form)", this::plan);
        router.page(HandlerType.GET, "/w/{ws}/plans", READ, "saved plans", c -> plansPage(c, null));
        router.page(
                HandlerType.GET,
                "/w/{ws}/plans/{name}",
                READ,
                "one saved plan",
                c -> plansPage(c, api.savedPlan(c.workspace(), c.ctx().pathParam("name"))));
        router.page(
                HandlerType.GET,
                "/w/{ws}/plans/{name}/export",
                READ,
                "export a saved plan (csv or json)",
                c -> ApiRoutes.export(
                        c.ctx(), api.savedPlan(c.workspace(), c.ctx().pathParam("name"))));
        router.page(
                HandlerType.GET,
                "/w/{ws}/imports",
                READ,
                "imports with progress and problems",
                c -> importsPage(c, null));
        router.page(HandlerType.POST, "/w/{ws}/imports", WRITE, "upload files to import (form)", c -> {
            try {
                api.startImport(c.ctx(), c.workspace());
            } catch (Problem p) {
                if (p.status() != 400) {
                    throw p;
                }
                c.ctx().status(400);
                importsPage(c, p.getMessage());
                return;
            }
            c.ctx().redirect("/w/" + c.workspace() + "/imports", HttpStatus.SEE_OTHER);
        });
        router.page(
                HandlerType.GET,
                "/w/{ws}/imports/{id}",
                READ,
                "one import's progress (htmx fragment)",
                c -> c.ctx()
                        .html(pages.render(
                                "importjob.jte",
                                Map.of(
                                        "f",
                                        frame(c, "Import", "imports"),
                                        "j",
                                        api.importJob(c.workspace(), ApiRoutes.id(c.ctx(), "id"))))));
    }

    Frame frame(Router.Call c, String title, String active) {
        return Frame.of(c, accounts, title, active);
    }

    static Map<String, Object> form(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> m.put(k, v.isEmpty() ? null : v.get(0)));
        return m;
    }

    private void discoverPage(
            Router.Call c,
            Views.BriefForm form,
            List<RankedCreator> results,
            String error,
            String errorField,
            String message) {
        discoverPage(c, form, new DiscoveryOffer.Ranking(results, Map.of(), 0), null, error, errorField, message);
    }

    private void discoverPage(
            Router.Call c,
            Views.BriefForm form,
            DiscoveryOffer.Ranking ranking,
            DiscoveryOffer offer,
            String error,
            String errorField,
            String message) {
        c.ctx()
                .html(pages.render(
                        "discover.jte",
                        Map.of(
                                "p",
                                new Views.DiscoverPage(
                                        frame(c, "Discover creators", "discover"),
                                        form,
                                        ranking.creators(),
                                        bench.records(c.workspace()).briefs(),
                                        error,
                                        errorField,
                                        message,
                                        ranking.odds(),
                                        offer))));
    }

    private void discover(Router.Call c) throws Exception {
        Context x = c.ctx();
        Views.BriefForm f = new Views.BriefForm(
                v(x, "name"),
                v(x, "brand"),
                v(x, "product"),
                v(x, "keywords"),
                v(x, "niches"),
                v(x, "platforms"),
                v(x, "values"),
                v(x, "countries"),
                v(x, "languages"),
                v(x, "avoidTerms"),
                v(x, "budget"),
                v(x, "goal"),
                v(x, "minFollowers"),
                v(x, "maxFollowers"),
                v(x, "minAuthenticity"),
                v(x, "top"),
                v(x, "offerPrice"),
                v(x, "objective"));
        try {
            String yaml = YAML.writeValueAsString(tree(f));
            Brief brief = Workbench.brief(yaml);
            int top = ApiRoutes.intField(Map.of("top", f.top().isBlank() ? "20" : f.top()), "top", 20);
            Map<String, Object> asked = Map.of("offerPrice", f.offerPrice(), "objective", f.objective());
            DiscoveryOffer offer = ApiRoutes.offer(asked, brief, "the offer per creator");
            DiscoveryOffer.Ranking results =
                    bench.discover(brief, top, offer, ApiRoutes.expectedFit(asked, offer), c.workspace());
            String message = null;
            if (!f.name().isBlank()) {
                if (!c.membership().role().mayWrite()) {
                    throw Problem.forbidden("viewers cannot save briefs");
                }
                SavedBrief saved = bench.records(c.workspace())
                        .saveBrief(f.name(), yaml, bench.app().clock().instant());
                message = "Saved the brief as '" + saved.name() + "'.";
            }
            discoverPage(c, f, results, offer, null, null, message);
        } catch (Problem p) {
            if (p.status() != 400) {
                throw p;
            }
            x.status(400);
            discoverPage(c, f, null, p.getMessage(), p.field(), null);
        }
    }

    private static String v(Context ctx, String name) {
        String s = ctx.formParam(name);
        return s == null ? "" : s.trim();
    }

    /** The brief form as the brief file's tree (docs/brief.md): empty fields are left out. */
    static Map<String, Object> tree(Views.BriefForm f) {
        Map<String, Object> t = new LinkedHashMap<>();
        put(t, "brand", f.brand());
        put(t, "product", f.product());
        putList(t, "keywords", f.keywords());
        putList(t, "niches", f.niches());
        putList(t, "platforms", f.platforms());
        putList(t, "values", f.values());
        Map<String, Object> audience = new LinkedHashMap<>();
        putList(audience, "countries", f.countries());
        putList(audience, "languages", f.languages());
        if (!audience.isEmpty()) {
            t.put("audience", audience);
        }
        Map<String, Object> avoid = new LinkedHashMap<>();
        putList(avoid, "terms", f.avoidTerms());
        if (!avoid.isEmpty()) {
            t.put("avoid", avoid);
        }
        putNumber(t, "budget", f.budget());
        put(t, "goal", f.goal());
        Map<String, Object> filters = new LinkedHashMap<>();
        Map<String, Object> followers = new LinkedHashMap<>();
        putNumber(followers, "min", f.minFollowers());
        putNumber(followers, "max", f.maxFollowers());
        if (!followers.isEmpty()) {
            filters.put("followers", followers);
        }
        putNumber(filters, "minAuthenticity", f.minAuthenticity());
        if (!filters.isEmpty()) {
            t.put("filters", filters);
        }
        return t;
    }

    private static void put(Map<String, Object> t, String k, String v) {
        if (v != null && !v.isBlank()) {
            t.put(k, v.trim());
        }
    }

    private static void putList(Map<String, Object> t, String k, String v) {
        if (v != null && !v.isBlank()) {
            t.put(
                    k,
                    Arrays.stream(v.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList());
        }
    }

    /** A number when it reads as one; otherwise the text, for the brief reader to name the field. */
    private static void putNumber(Map<String, Object> t, String k, String v) {
        if (v == null || v.isBlank()) {
            return;
        }
        try {
            t.put(k, Double.parseDouble(v.replace(",", "").trim()));
        } catch (NumberFormatException e) {
            t.put(k, v.trim());
        }
    }

    private void creators(Router.Call c) {
        CreatorList list = bench.creators(c.ctx());
        Map<String, String> q = new LinkedHashMap<>();
        c.ctx().queryParamMap().forEach((k, v) -> q.put(k, v.isEmpty() ? "" : v.get(0)));
        String base = "/w/" + c.workspace() + "/creators?";
        StringBuilder keep = new StringBuilder();
        q.forEach((k, v) -> {
            if (!k.equals("offset") && !v.isBlank()) {
                keep.append(Views.encode(k)).append('=').append(Views.encode(v)).append('&');
            }
        });
        String next = list.more() ? base + keep + "offset=" + (list.offset() + list.limit()) : null;
        String prev = list.offset() > 0 ? base + keep + "offset=" + Math.max(0, list.offset() - list.limit()) : null;
        c.ctx()
                .html(pages.render(
                        "creators.jte",
                        Map.of("p", new Views.CreatorsPage(frame(c, "Creators", "creators"), list, q, next, prev))));
    }

    private void creatorPage(Router.Call c, String message) {
        CreatorKey key = CreatorView.key(c.ctx().pathParam("key"));
        CreatorSheet sheet = bench.creatorSheet(key);
        CreatorView v = sheet.view();
        c.ctx()
                .html(pages.render(
                        "creator.jte",
                        Map.of(
                                "p",
                                new Views.CreatorPage(
                                        frame(c, "Creator " + key, "creators"),
                                        v,
                                        sheet.content(),
                                        sheet.claims(),
                                        v.prices(
                                                bench.pricer(c.workspace()),
                                                bench.app().tierScheme()),
                                        bench.records(c.workspace()).notes(key),
                                        sheet.followersChart(),
                                        sheet.engagementChart(),
                                        message))));
    }

    private void planPage(
            Router.Call c,
            Views.PlanForm form,
            Plan plan,
            BudgetComparison cmp,
            String error,
            String errorField,
            String message) {
        String chart = cmp == null ? null : Charts.comparison(cmp, Figure.CONVERSIONS);
        c.ctx()
                .html(pages.render(
                        "plan.jte",
                        Map.of(
                                "p",
                                new Views.PlanPage(
                                        frame(c, "Plan a campaign", "plan"),
                                        form,
                                        bench.records(c.workspace()).briefs(),
                                        plan,
                                        cmp,
                                        chart,
                                        error,
                                        errorField,
                                        message))));
    }

    private void plan(Router.Call c) throws Exception {
        Map<String, Object> b = form(c.ctx());
        Views.PlanForm f = new Views.PlanForm(
                str(b, "briefId"),
                str(b, "brief"),
                str(b, "budget"),
                str(b, "objective"),
                str(b, "maxSharePerCreator"),
                str(b, "save"));
        if (f.briefId().isBlank()) {
            b.remove("briefId");
        }
        try {
            Workbench.PlanRequest r = api.planRequest(b, c.workspace());
            Plan plan = bench.plan(r, c.workspace());
            BudgetComparison cmp = bench.compare(r, c.workspace());
            String message = null;
            if (!f.save().isBlank()) {
                if (!c.membership().role().mayWrite()) {
                    throw Problem.forbidden("viewers cannot save plans");
                }
                String json = io.microscout.cli.planning.PlanOutput.JSON.writeValueAsString(
                        io.microscout.cli.planning.PlanOutput.json(plan));
                api.savePlan(c.workspace(), f.save(), plan, json);
                message = "Saved as '" + f.save() + "'.";
            }
            planPage(c, f, plan, cmp, null, null, message);
        } catch (Problem p) {
            if (p.status() != 400 && p.status() != 404) {
                throw p;
            }
            c.ctx().status(p.status());
            planPage(c, f, null, null, p.getMessage(), p.field(), null);
        }
    }

    private static String str(Map<String, Object> b, String k) {
        Object v = b.get(k);
        return v == null ? "" : v.toString();
    }

    /** The workspace's saved plans, newest first, with one of them shown in full (or none). */
    private void plansPage(Router.Call c, SavedPlan shown) {
        c.ctx()
                .html(pages.render(
                        "plans.jte",
                        Map.of(
                                "p",
                                new Views.PlansPage(
                                        frame(c, "Saved plans", "plans"),
                                        bench.plans(c.workspace()).list(),
                                        shown))));
    }

    private void importsPage(Router.Call c, String error) {
        c.ctx()
                .html(pages.render(
                        "imports.jte",
                        Map.of(
                                "p",
                                new Views.ImportsPage(
                                        frame(c, "Imports", "imports"),
                                        new ArrayList<>(imports.jobs(c.workspace())),
                                        error))));
    }
}
