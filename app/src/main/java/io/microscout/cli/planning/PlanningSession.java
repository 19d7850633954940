package io.microscout.cli.planning;

import io.microscout.app.MicroScout;
import io.microscout.app.OutreachDesk;
import io.microscout.brief.Brief;
import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.BuyerModel;
import io.microscout.planning.CandidateSource;
import io.microscout.planning.DiscoveredCandidates;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanningService;
import io.microscout.planning.Plans;
import io.microscout.planning.SyntheticCandidates;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import io.microscout.pricing.RateCard;
import io.microscout.store.planning.JdbiPlans;
import io.microscout.store.planning.JdbiQuotes;

/**
 * The wiring of one planning command: the catalog (for posts, quotes and saved plans), discovery, the pricer
 * (rate card + recorded quotes) and the planning service. Synthetic candidates need neither catalog nor
 * discovery, and use no quotes (their handles are not real).
 */
final class PlanningSession implements AutoCloseable {
    final PlanBrief brief;
    final PlanningService service;
    final String rateCard;
    private final MicroScout app;
    private final DiscoveryBackend backend;

    private PlanningSession(
            PlanBrief brief, PlanningService service, String rateCard, MicroScout app, DiscoveryBackend backend) {
        this.brief = brief;
        this.service = service;
        this.rateCard = rateCard;
        this.app = app;
        this.backend = backend;
    }

    static PlanningSession open(
            PlanningOptions o,
            CatalogOptions catalog,
            DiscoveryBackend.Factory backends,
            boolean needStore,
            java.io.PrintWriter err) {
        Brief parsed = o.readBrief();
        PlanBrief brief = o.planBrief(parsed);
        RateCard card = o.card();
        boolean synthetic = o.generated != null;
        DiscoveryBackend.Factory factory = backends != null ? backends : CatalogDiscoveryBackend.factory();
        MicroScout app = synthetic && !needStore ? null : catalog.open();
        DiscoveryBackend backend = null;
        try {
            Quotes quotes =
                    synthetic ? Quotes.none() : new JdbiQuotes(app.store().jdbi(), app.clock()).snapshot();
            Pricer pricer = new Pricer(
                    card, app == null ? io.microscout.tier.TierScheme.microscoutDefault() : app.tierScheme(), quotes);
            CandidateSource source;
            DiscoveredCandidates discovered = null;
            if (synthetic) {
                if (o.byExpectedValue()) {
                    throw new UserException("--objective " + o.objective + " needs the catalog's creators: the"
                            + " likelihood of a yes is not estimated for generated candidates");
                }
                source = new SyntheticCandidates(o.generated, o.seed, pricer);
            } else {
                backend = factory.open(catalog, err);
                backend.caveats(parsed).forEach(c -> err.println("warning: " + c));
                err.flush();
                discovered = new DiscoveredCandidates(
                        parsed, backend.discovery(), app.catalog(), pricer, o.top, app::measuredAudience);
                source = discovered;
            }
            PlanningService service = new PlanningService(
                    source,
                    quotes,
                    ForecastAssumptions.defaults(),
                    AudienceOverlap.defaults(),
                    new BuyerModel(card::benchmark),
                    o.seed);
            if (discovered != null) {
                // the home's own outreach (workspace 0) is where the CLI's plans go on the board
                service = service.withAcceptance(
                        new OutreachDesk(app, 0).planOdds(parsed, discovered::ranked), o.byExpectedValue());
            }
            return new PlanningSession(brief, service, o.cardName(), app, backend);
        } catch (RuntimeException e) {
            closeQuietly(backend, app);
            throw e;
        }
    }

    Plans plans() {
        if (app == null) {
            throw new UserException("saved plans need the catalog database");
        }
        return new JdbiPlans(app.store().jdbi());
    }

    java.time.Instant now() {
        return app == null ? java.time.Instant.now() : app.clock().instant();
    }

    private static void closeQuietly(DiscoveryBackend backend, MicroScout app) {
        if (backend != null) {
            backend.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Override
    public void close() {
        closeQuietly(backend, app);
    }
}
