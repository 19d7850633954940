package io.microscout.cli.planning;

import io.microscout.cli.UserException;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.CandidateSource;
import io.microscout.planning.Objective;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanningService;
import io.microscout.planning.SyntheticCandidates;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import io.microscout.pricing.RateCard;
import io.microscout.tier.TierScheme;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options {@code plan} and {@code compare} share, and the wiring of the planning service. */
public final class PlanningOptions {
    @Option(names = "--brief", required = true, description = "The brief (YAML or JSON): budget, goal, and a planning section.")
    Path brief;

    @Option(names = "--budget", description = "Budget in US dollars (overrides the brief's).")
    Double budget;

    @Option(names = "--objective", description = "sales, engagement or reach (default: the brief's goal, else sales).")
    String objective;

    @Option(names = "--candidates-from-generated", paramLabel = "N",
            description = "Plan over N SYNTHETIC generated creators (until discovery is connected).")
    Integer generated;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic catalog and of the forecast (default 1).")
    long seed;

    @Option(names = "--rate-card", description = "Your own rate card (YAML or JSON) replacing the defaults.")
    Path rateCard;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    PlanBrief readBrief() {
        if (budget != null && !(budget > 0)) {
            throw new UserException("--budget must be a positive amount, got " + budget);
        }
        return PlanBriefFile.read(brief, budget, objective == null ? null : Objective.parse(objective));
    }

    PlanningService service() {
        RateCard card = rateCard == null ? RateCard.defaults() : RateCardFile.read(rateCard);
        Pricer pricer = new Pricer(card, TierScheme.microscoutDefault(), Quotes.none());
        return new PlanningService(source(pricer), Quotes.none(), ForecastAssumptions.defaults(),
                AudienceOverlap.defaults(), seed);
    }

    private CandidateSource source(Pricer pricer) {
        if (generated == null) {
            throw new UserException("discovery is not connected to planning yet: run with "
                    + "--candidates-from-generated N to plan over N synthetic creators");
        }
        return new SyntheticCandidates(generated, seed, pricer);
    }
}
