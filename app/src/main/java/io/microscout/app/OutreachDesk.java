package io.microscout.app;

import io.microscout.brief.Brief;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.RankedCreator;
import io.microscout.mail.SmtpMailSender;
import io.microscout.outreach.MailSender;
import io.microscout.outreach.Offer;
import io.microscout.outreach.Outbox;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Pipeline;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.outreach.likelihood.AcceptanceModel;
import io.microscout.outreach.likelihood.AcceptancePriors;
import io.microscout.outreach.likelihood.Calibration;
import io.microscout.outreach.likelihood.Evidence;
import io.microscout.outreach.likelihood.Prediction;
import io.microscout.outreach.likelihood.RecordedOutcomes;
import io.microscout.outreach.likelihood.SignalReader;
import io.microscout.planning.AcceptanceOdds;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.pricing.RateCard;
import io.microscout.store.outreach.JdbiMailings;
import io.microscout.store.outreach.JdbiOutreachRecords;
import io.microscout.store.outreach.JdbiPredictions;
import io.microscout.store.planning.JdbiQuotes;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Outreach of one workspace wired over the app's store and catalog: the pipeline, the outbox, and the acceptance
 * likelihood (signals from discovery's fit to a brief, the offer against pricing, the workspace's history; the
 * model learnt from the workspace's recorded outcomes). The CLI and the server both use it. Workspace 0 is the
 * home's own outreach (the CLI without --workspace), as a plan saved by the CLI belongs to the home.
 */
public final class OutreachDesk {
    /** Discovery's top this many for a brief are read for the fit signals (the plan reads its top 300). */
    public static final int FIT_CANDIDATES = 500;

    private final MicroScout app;
    private final long workspace;
    private final JdbiOutreachRecords records;
    private final JdbiMailings mailings;
    private final JdbiPredictions predictions;
    private final Pipeline pipeline;

    public OutreachDesk(MicroScout app, long workspace) {
        this.app = app;
        this.workspace = workspace;
        this.records = new JdbiOutreachRecords(app.store().jdbi(), workspace);
        this.mailings = new JdbiMailings(app.store().jdbi(), workspace, app.clock());
        this.predictions = new JdbiPredictions(app.store().jdbi(), workspace);
        this.pipeline = new Pipeline(records, app.catalog()::creator, app.clock());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public JdbiOutreachRecords records() {
        return records;
    }

    public JdbiMailings mailings() {
        return mailings;
    }

    public Outbox outbox() {
        return new Outbox(pipeline, records, mailings, app.clock());
    }

    public MailSender sender() {
        return new SmtpMailSender();
    }

    /** The likelihood model of this workspace: the priors updated by its recorded outcomes. */
    public AcceptanceModel model() {
        return AcceptanceModel.prior(AcceptancePriors.defaults())
                .learn(RecordedOutcomes.outcomes(RecordedOutcomes.of(records, predictions)));
    }

    public Calibration calibration() {
        return Calibration.of(RecordedOutcomes.of(records, predictions));
    }

    /** One entry's likelihood, with whether discovery's fit to the brief was known for it. */
    public record Likelihood(OutreachEntry entry, Acceptance acceptance, boolean fitKnown) {}

    /**
     * The likelihood of every entry still waiting for an answer (shortlisted, contacted, replied, negotiating),
     * stored as a snapshot for calibration and learning.
     *
     * @param brief     the brief the offers are for; null: no fit signals (values, brand safety, ...)
     * @param discovery how discovery is reached (built on first use)
     */
    public List<Likelihood> likelihoods(Brief brief, Supplier<List<RankedCreator>> discovery) {
        Map<CreatorKey, RankedCreator> fit = new HashMap<>();
        if (brief != null) {
            discovery.get().forEach(r -> fit.put(r.key(), r));
        }
        AcceptanceModel model = model();
        Pricer pricer = pricer();
        List<Likelihood> out = new ArrayList<>();
        List<Prediction> snapshots = new ArrayList<>();
        Instant now = app.clock().instant();
        for (OutreachEntry e : records.entries()) {
            if (!waiting(e.stage())) {
                continue;
            }
            RankedCreator r = fit.get(e.creator());
            PriceEstimate estimate = e.offer() == null
                    ? null
                    : estimate(
                            pricer,
                            app.catalog().creator(e.creator()).orElse(null),
                            app.catalog().metrics(e.creator()).orElse(null),
                            e.offer().deliverable());
            List<Evidence> evidence = SignalReader.read(brief, r, e.offer(), estimate, records.history(e.creator()));
            Acceptance a = model.predict(evidence);
            out.add(new Likelihood(e, a, r != null));
            snapshots.add(new Prediction(e.creator(), a.probability(), evidence, now));
        }
        predictions.save(snapshots);
        return out;
    }

    /**
     * The likelihood of a yes to each offer a plan considers, for the brief: the fit signals from discovery's
     * ranking, the offer (the plan's price, which is the creator's quote or the rate estimate, so offer against rate
     * reads 100%), and the creator's history on this workspace's board; the model learnt from its outcomes.
     * Nothing is stored: a plan's offers are not made yet.
     *
     * @param fit a creator as discovery ranked it for the brief, or null
     */
    public AcceptanceOdds planOdds(Brief brief, Function<CreatorKey, RankedCreator> fit) {
        AcceptanceModel model = model();
        Set<CreatorKey> onBoard = new HashSet<>();
        records.entries().forEach(e -> onBoard.add(e.creator()));
        Map<CreatorKey, List<StageMove>> histories = new HashMap<>();
        return (candidate, deliverable, price) -> {
            CreatorKey key = candidate.creator();
            List<StageMove> history =
                    onBoard.contains(key) ? histories.computeIfAbsent(key, records::history) : List.of();
            return model.predict(SignalReader.read(
                            brief, fit.apply(key), new Offer(deliverable, price.point()), price, history))
                    .odds();
        };
    }

    /**
     * The likelihood that each creator discovery ranked for the brief accepts this offer: the fit signals from the
     * ranking, the offer against pricing's estimate of the creator's rate for the deliverable (their quote when
     * this workspace recorded one), and the creator's history on this workspace's board; the model learnt from its
     * outcomes. Nothing is stored: no offer is made yet.
     */
    public Function<RankedCreator, Acceptance> offerOdds(Brief brief, DiscoveryOffer offer) {
        AcceptanceModel model = model();
        Pricer pricer = pricer();
        Set<CreatorKey> onBoard = new HashSet<>();
        records.entries().forEach(e -> onBoard.add(e.creator()));
        return r -> {
            io.microscout.pricing.Deliverable d = offer.deliverableFor(r.key().platform());
            List<StageMove> history = onBoard.contains(r.key()) ? records.history(r.key()) : List.of();
            var profile = app.search().profile(r.key()).orElse(null); // discovery just read it: kept
            PriceEstimate estimate = profile == null ? null : estimate(pricer, profile.creator(), profile.metrics(), d);
            return model.predict(SignalReader.read(brief, r, new Offer(d, offer.price()), estimate, history));
        };
    }

    /** Pricing with this workspace's quotes (the home's own for workspace 0). */
    private Pricer pricer() {
        return new Pricer(
                RateCard.defaults(),
                app.tierScheme(),
                new JdbiQuotes(app.store().jdbi(), app.clock(), workspace == 0 ? null : workspace).snapshot());
    }

    private static boolean waiting(Stage s) {
        return s == Stage.SHORTLISTED || s == Stage.CONTACTED || s == Stage.REPLIED || s == Stage.NEGOTIATING;
    }

    /** Pricing's estimate (or the recorded quote) for the creator and deliverable; null when it cannot be priced. */
    private PriceEstimate estimate(
            Pricer pricer, Creator c, io.microscout.metrics.CreatorMetrics m, io.microscout.pricing.Deliverable d) {
        if (c == null || c.followers() == null) {
            return null;
        }
        Tier tier = app.tierScheme().tierOf(c.followers());
        if (tier == null) {
            return null;
        }
        return pricer.price(PricingSubject.of(c.key(), tier, c.followers(), m, c.countryCode()), d);
    }
}
