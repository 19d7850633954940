package io.microscout.web;

import io.microscout.app.MicroScout;
import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.RankedCreator;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.DiscoveredCandidates;
import io.microscout.planning.Objective;
import io.microscout.planning.Plan;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanningService;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import io.microscout.pricing.RateCard;
import io.microscout.store.planning.JdbiPlans;
import io.microscout.store.planning.JdbiQuotes;
import io.microscout.store.workspace.JdbiWorkspaceRecords;
import java.util.List;

/**
 * What the API and the pages do, over the one {@link MicroScout} the server owns: discovery on the shared index,
 * planning with the workspace's own quotes, and the workspace's records. Both faces call this, so a page and its
 * API route cannot disagree.
 */
public final class Workbench {
    static final int DEFAULT_TOP = 20;
    static final int PLAN_CANDIDATES = 300; // as the CLI's plan --top default
    /** Creators kept (a sheet holds the creator's posts and history: some tens of kB). */
    static final int CREATOR_VIEWS_KEPT = 1_000;
    /** Pages of the catalog kept, by their query (filters, offset, limit). */
    static final int CREATOR_LISTS_KEPT = 200;

    private final MicroScout app;
    private final ViewCache<CreatorKey, CreatorSheet> creatorSheets;
    private final ViewCache<String, CreatorList> creatorLists;
    private volatile DiscoveryService discovery;

    public Workbench(MicroScout app) {
        this.app = app;
        this.creatorSheets = new ViewCache<>(app.store().changes(), CREATOR_VIEWS_KEPT);
        this.creatorLists = new ViewCache<>(app.store().changes(), CREATOR_LISTS_KEPT);
    }

    /** One creator as the API shows it; kept until the next write to the store. */
    public CreatorView creator(CreatorKey key) {
        return creatorSheet(key).view();
    }

    /** One creator as its page shows it; kept until the next write to the store. */
    CreatorSheet creatorSheet(CreatorKey key) {
        return creatorSheets.get(key, () -> CreatorSheet.of(CreatorView.of(app, key)));
    }

    /** A page of the catalog for the request's filters and paging; kept until the next write to the store. */
    public CreatorList creators(io.javalin.http.Context ctx) {
        String query = ctx.queryString();
        return creatorLists.get(query == null ? "" : query, () -> CreatorList.of(app, ctx));
    }

    public MicroScout app() {
        return app;
    }

    /** Discovery over the shared index, built from the catalog on first use when it is empty. */
    public DiscoveryService discovery() {
        DiscoveryService d = discovery;
        if (d == null) {
            synchronized (this) {
                if (discovery == null) {
                    if (app.catalog().countCreators() == 0) {
                        throw new Problem(409, "Empty catalog", null, "the catalog is empty: import creators first");
                    }
                    discovery = app.search().discovery(() -> n -> {});
                }
                d = discovery;
            }
        }
        return d;
    }

    /** Parses brief text (YAML or JSON) as the CLI reads a brief file; the problem names the key at fault. */
    public static Brief brief(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("brief", "the brief is empty: give its YAML or JSON text");
        }
        try {
            return BriefFiles.parse("brief", text);
        } catch (IllegalArgumentException e) { // BriefException, or a value's own parse error
            throw Problem.fromMessage("brief", e.getMessage());
        }
    }

    public List<RankedCreator> discover(Brief brief, int top) {
        return discovery().discover(brief, checkTop(top));
    }

    /**
     * Discovery with an offer: the best {@code top}, each with the workspace's likelihood of a yes when an offer is
     * known, ranked by expected fit (likelihood x fit) when asked (docs/outreach.md, "Will they say yes?").
     */
    public io.microscout.app.DiscoveryOffer.Ranking discover(
            Brief brief, int top, io.microscout.app.DiscoveryOffer offer, boolean byExpectedFit, long workspace) {
        checkTop(top);
        return io.microscout.app.DiscoveryOffer.rank(
                n -> discover(brief, Math.min(n, MAX_TOP)),
                top,
                byExpectedFit,
                offer == null ? null : new io.microscout.app.OutreachDesk(app, workspace).offerOdds(brief, offer));
    }

    public List<RankedCreator> lookalikes(CreatorKey seed, int top) {
        if (app.catalog().creator(seed).isEmpty()) {
            throw Problem.notFound("no creator " + seed + " in the catalog");
        }
        return discovery().lookalikes(seed, checkTop(top), false); // on the seed's platform, as the CLI by default
    }

    /** The most creators one discovery request returns. */
    static final int MAX_TOP = 500;

    private static int checkTop(int top) {
        if (top <= 0 || top > MAX_TOP) {
            throw Problem.badRequest("top", "top must be 1.." + MAX_TOP + ", got " + top);
        }
        return top;
    }

    /** What a plan is made from: the brief, and the overrides of the plan builder (null: the brief's own). */
    public record PlanRequest(Brief brief, Double budget, String objective, Double maxSharePerCreator, long seed) {}

    public Plan plan(PlanRequest r, long workspace) {
        return planning(r, workspace).plan(planBrief(r));
    }

    public BudgetComparison compare(PlanRequest r, long workspace) {
        return planning(r, workspace).compare(planBrief(r));
    }

    private static PlanBrief planBrief(PlanRequest r) {
        if (r.budget() != null && !(r.budget() > 0)) {
            throw Problem.badRequest("budget", "budget must be a positive amount, got " + r.budget());
        }
        if (r.maxSharePerCreator() != null && !(r.maxSharePerCreator() > 0 && r.maxSharePerCreator() <= 1)) {
            throw Problem.badRequest(
                    "maxSharePerCreator",
                    "maxSharePerCreator is a share of the budget in (0, 1], got " + r.maxSharePerCreator());
        }
        Objective objective;
        try {
            objective = r.objective() == null || r.objective().isBlank() ? null : Objective.parse(r.objective());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("objective", e.getMessage());
        }
        try {
            PlanBrief b = PlanBrief.from(r.brief(), r.budget(), objective);
            return r.maxSharePerCreator() == null ? b : b.withMaxSharePerCreator(r.maxSharePerCreator());
        } catch (IllegalArgumentException e) {
            throw Problem.fromMessage("brief", e.getMessage());
        }
    }

    /** The CLI's planning wiring (cli.planning.PlanningSession) with the workspace's quotes instead of the home's. */
    private PlanningService planning(PlanRequest r, long workspace) {
        Quotes quotes = quotes(workspace).snapshot();
        Pricer pricer = new Pricer(RateCard.defaults(), app.tierScheme(), quotes);
        DiscoveredCandidates source = new DiscoveredCandidates(
                r.brief(), discovery(), app.catalog(), pricer, PLAN_CANDIDATES, app::measuredAudience);
        return new PlanningService(
                source, quotes, ForecastAssumptions.defaults(), AudienceOverlap.defaults(), r.seed());
    }

    public JdbiQuotes quotes(long workspace) {
        return new JdbiQuotes(app.store().jdbi(), app.clock(), workspace);
    }

    public JdbiPlans plans(long workspace) {
        return new JdbiPlans(app.store().jdbi(), workspace);
    }

    public JdbiWorkspaceRecords records(long workspace) {
        return new JdbiWorkspaceRecords(app.store().jdbi(), workspace);
    }

    public Pricer pricer(long workspace) {
        return new Pricer(
                RateCard.defaults(), app.tierScheme(), quotes(workspace).snapshot());
    }
}
