package io.microscout.web;

import static io.microscout.web.Route.Access.READ;
import static io.microscout.web.Route.Access.WRITE;
import static io.microscout.web.Router.arrayOf;
import static io.microscout.web.Router.object;

import io.javalin.http.HandlerType;
import io.microscout.app.OutreachDesk;
import io.microscout.cli.outreach.OutreachJson;
import io.microscout.creator.CreatorKey;
import io.microscout.outreach.DeclineReason;
import io.microscout.outreach.MoveRules;
import io.microscout.outreach.NoSuchEntryException;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Pipeline;
import io.microscout.outreach.Stage;
import io.microscout.planning.SavedPlan;
import io.microscout.store.workspace.JdbiAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outreach in the server: the workspace's board, adding from a saved plan or a shortlist, moves with their history,
 * opt-outs, the agreements the campaigns side reads, and the likelihood's calibration; the board page with move
 * forms. The same records and JSON shapes as {@code microscout outreach --workspace}.
 */
public final class OutreachRoutes {
    private static final Map<String, Object> ANY = Map.of("type", "object", "additionalProperties", true);
    private static final String BASE = "/api/workspaces/{ws}/outreach";
    private final Router router;
    private final Workbench bench;
    private final JdbiAccounts accounts;
    private final WebServer.Pages pages;

    OutreachRoutes(Router router, Workbench bench, JdbiAccounts accounts, WebServer.Pages pages) {
        this.router = router;
        this.bench = bench;
        this.accounts = accounts;
        this.pages = pages;
    }

    private OutreachDesk desk(Router.Call c) {
        return new OutreachDesk(bench.app(), c.workspace());
    }

    private void api(
            HandlerType method,
            String path,
            Route.Access access,
            String summary,
            Map<String, Object> request,
            Map<String, Object> response,
            Router.Action action) {
        router.api(
                new Route(
                        method,
                        path,
                        access,
                        summary,
                        List.of(),
                        request,
                        request == null ? null : ApiRoutes.JSON_TYPE,
                        response,
                        ApiRoutes.JSON_TYPE),
                action);
    }

    void register() {
        api(
                HandlerType.GET,
                BASE + "/board",
                READ,
                "the outreach board: every stage with its entries (as `outreach " + "board --json`)",
                null,
                object("stages", ANY),
                c -> c.ctx().json(board(desk(c))));
        api(
                HandlerType.POST,
                BASE + "/entries",
                WRITE,
                "put creators on the board as shortlisted: a saved plan's "
                        + "(plan) or the creators named (creators: [\"platform:handle\"], optional deliverable, price, why)",
                object(
                        "plan",
                        "string",
                        "creators",
                        arrayOf(Map.of("type", "string")),
                        "deliverable",
                        "string",
                        "price",
                        "number",
                        "why",
                        "string"),
                object("added", "integer", "alreadyThere", "integer"),
                c -> {
                    Pipeline.Added a = add(c, ApiRoutes.body(c.ctx()));
                    c.ctx()
                            .status(201)
                            .json(Map.of(
                                    "added",
                                    a.added().size(),
                                    "alreadyThere",
                                    a.alreadyThere().size()));
                });
        api(
                HandlerType.POST,
                BASE + "/entries/{key}/moves",
                WRITE,
                "move a creator to another stage (to; reason for "
                        + "declined; note; deliverable and price for new terms); a move that makes no sense is refused",
                object(
                        "to",
                        "string",
                        "reason",
                        "string",
                        "note",
                        "string",
                        "deliverable",
                        "string",
                        "price",
                        "number"),
                ANY,
                c -> {
                    OutreachDesk d = desk(c);
                    OutreachEntry e = move(c, d, ApiRoutes.body(c.ctx()));
                    c.ctx().status(201).json(OutreachJson.entry(e, d.records().optedOut(e.creator())));
                });
        api(
                HandlerType.GET,
                BASE + "/entries/{key}/history",
                READ,
                "a creator's entry and moves, oldest first",
                null,
                object("entry", ANY, "moves", arrayOf(ANY)),
                c -> {
                    OutreachDesk d = desk(c);
                    CreatorKey key = key(c);
                    OutreachEntry e = entry(d, key);
                    c.ctx()
                            .json(Map.of(
                                    "entry",
                                    OutreachJson.entry(e, d.records().optedOut(key)),
                                    "moves",
                                    d.pipeline().history(key).stream()
                                            .map(OutreachJson::move)
                                            .toList()));
                });
        api(
                HandlerType.POST,
                BASE + "/entries/{key}/optout",
                WRITE,
                "record that the creator asked not to be mailed " + "again (note)",
                object("note", "string"),
                object("optedOut", "boolean"),
                c -> {
                    CreatorKey key = key(c);
                    desk(c).pipeline().optOut(key, ApiRoutes.text(ApiRoutes.body(c.ctx()), "note", false));
                    c.ctx().status(201).json(Map.of("optedOut", true));
                });
        api(
                HandlerType.GET,
                BASE + "/agreements",
                READ,
                "the creators who said yes with the agreed deliverable and " + "price (for campaigns)",
                null,
                object("agreements", arrayOf(ANY)),
                c -> c.ctx()
                        .json(Map.of(
                                "agreements",
                                desk(c).pipeline().agreements().stream()
                                        .map(OutreachJson::agreement)
                                        .toList())));
        api(
                HandlerType.GET,
                BASE + "/calibration",
                READ,
                "how the acceptance likelihoods fared against the recorded " + "answers (buckets, Brier score)",
                null,
                ANY,
                c -> c.ctx().json(OutreachJson.calibration(desk(c).calibration())));
        router.page(HandlerType.GET, "/w/{ws}/outreach", READ, "the outreach board", c -> page(c, null));
        router.page(HandlerType.POST, "/w/{ws}/outreach/{key}/move", WRITE, "move a creator (form)", c -> {
            OutreachEntry e = move(c, desk(c), PageRoutes.form(c.ctx()));
            page(c, e.creator() + " is now " + e.stage().id() + ".");
        });
    }

    private static Map<String, Object> board(OutreachDesk d) {
        return OutreachJson.board(d.pipeline().board(), d.records().optOuts());
    }

    private Pipeline.Added add(Router.Call c, Map<String, Object> b) {
        OutreachDesk d = desk(c);
        String plan = ApiRoutes.text(b, "plan", false);
        if (plan != null) {
            SavedPlan p = bench.plans(c.workspace())
                    .load(plan)
                    .orElseThrow(() -> Problem.notFound("no saved plan '" + plan + "' in this workspace"));
            return d.pipeline().addPlan(p, c.caller().user().email());
        }
        if (!(b.get("creators") instanceof List<?> list) || list.isEmpty()) {
            throw Problem.badRequest("creators", "give a saved plan's name (plan) or a list of creators (creators)");
        }
        List<CreatorKey> keys = new ArrayList<>();
        for (Object o : list) {
            keys.add(CreatorKey.parse(String.valueOf(o)));
        }
        return d.pipeline()
                .addShortlist(
                        keys,
                        Pipeline.offer(ApiRoutes.text(b, "deliverable", false), ApiRoutes.number(b, "price")),
                        ApiRoutes.text(b, "why", false),
                        c.caller().user().email());
    }

    private static CreatorKey key(Router.Call c) {
        return CreatorKey.parse(c.ctx().pathParam("key"));
    }

    private static OutreachEntry entry(OutreachDesk d, CreatorKey key) {
        try {
            return d.pipeline().entry(key);
        } catch (NoSuchEntryException e) {
            throw Problem.notFound(e.getMessage());
        }
    }

    private OutreachEntry move(Router.Call c, OutreachDesk d, Map<String, Object> b) {
        CreatorKey key = key(c);
        entry(d, key);
        String reason = ApiRoutes.text(b, "reason", false);
        Double price = ApiRoutes.number(b, "price");
        String deliverable = ApiRoutes.text(b, "deliverable", false);
        return d.pipeline()
                .move(
                        new Pipeline.MoveRequest(
                                key,
                                Stage.parse(ApiRoutes.text(b, "to", true)),
                                reason == null || reason.isBlank() ? null : DeclineReason.parse(reason),
                                Pipeline.offer(
                                        deliverable == null || deliverable.isBlank() ? null : deliverable, price),
                                ApiRoutes.text(b, "note", false)),
                        c.caller().user().email());
    }

    /** One card of the board page: the entry and the stages it may move to. */
    public record Card(OutreachEntry entry, boolean optedOut, List<String> next) {}

    /** The board page: each stage with its cards. */
    public record BoardPage(Frame f, Map<String, List<Card>> stages, String message) {}

    private void page(Router.Call c, String message) {
        OutreachDesk d = desk(c);
        Set<CreatorKey> optOuts = d.records().optOuts();
        Map<String, List<Card>> stages = new java.util.LinkedHashMap<>();
        d.pipeline()
                .board()
                .forEach((stage, entries) -> stages.put(
                        stage.id(),
                        entries.stream()
                                .map(e -> new Card(
                                        e,
                                        optOuts.contains(e.creator()),
                                        MoveRules.next(e.stage()).stream()
                                                .sorted()
                                                .map(Stage::id)
                                                .toList()))
                                .toList()));
        c.ctx()
                .html(pages.render(
                        "outreach.jte",
                        Map.of("p", new BoardPage(Frame.of(c, accounts, "Outreach", "outreach"), stages, message))));
    }
}
