package io.microscout.cli.planning;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.planning.Objective;
import io.microscout.planning.PlanBrief;
import io.microscout.pricing.RateCard;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code plan} and {@code compare} share. */
public final class PlanningOptions {
    @Option(
            names = "--brief",
            required = true,
            paramLabel = "FILE",
            description = "The brief (YAML or JSON, docs/brief.md): budget, goal, filters and a planning section.")
    Path brief;

    @Option(
            names = "--budget",
            paramLabel = "AMOUNT",
            description = "Budget in US dollars, written as in a brief: 15000, 15k, 1.5m (overrides the brief's).")
    String budget;

    @Option(
            names = "--objective",
            description = "sales, engagement or reach (default: the brief's goal, else sales); expected-sales"
                    + " (or expected-revenue), expected-engagement, expected-reach maximise the expected value:"
                    + " each creator's likelihood of a yes (an estimate, docs/outreach.md) x what they bring.")
    String objective;

    private static final String EXPECTED = "expected-";

    /** The objective asks for the expected value (likelihood of a yes x value). */
    boolean byExpectedValue() {
        return objective != null
                && objective.trim().toLowerCase(java.util.Locale.ROOT).startsWith(EXPECTED);
    }

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "300",
            description = "Plan over discovery's best N creators for the brief (default ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--candidates-from-generated",
            paramLabel = "N",
            description = "Plan over N SYNTHETIC generated creators instead of discovery (labelled in every output).")
    Integer generated;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the synthetic catalog and of the forecast (default 1).")
    long seed;

    @Option(
            names = "--rate-card",
            paramLabel = "FILE",
            description = "Your own rate card (YAML or JSON) replacing the defaults.")
    Path rateCard;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    Brief readBrief() {
        try {
            return BriefFiles.read(brief);
        } catch (NoSuchFileException e) {
            throw new UserException("no brief file " + brief);
        } catch (IOException e) {
            throw new UserException(brief + ": cannot read the brief: " + e.getMessage());
        }
    }

    PlanBrief planBrief(Brief parsed) {
        Double amount = null;
        if (budget != null) {
            try {
                amount = io.microscout.brief.Amount.parse(budget);
            } catch (IllegalArgumentException e) {
                throw new UserException("--budget: " + e.getMessage());
            }
            if (!(amount > 0) || Double.isInfinite(amount)) {
                throw new UserException("--budget must be a positive amount, got " + budget);
            }
        }
        try {
            String o = objective == null
                    ? null
                    : byExpectedValue() ? objective.trim().substring(EXPECTED.length()) : objective;
            return PlanBrief.from(parsed, amount, o == null ? null : Objective.parse(o));
        } catch (IllegalArgumentException e) {
            throw new UserException(brief + ": " + e.getMessage());
        }
    }

    RateCard card() {
        return rateCard == null ? RateCard.defaults() : RateCardFile.read(rateCard);
    }

    String cardName() {
        return rateCard == null ? "MicroScout defaults" : rateCard.toString();
    }

    /** Opens what a planning command runs on; {@code needStore}: open the catalog even for synthetic candidates. */
    PlanningSession open(
            CatalogOptions catalog, DiscoveryBackend.Factory backends, boolean needStore, java.io.PrintWriter err) {
        return PlanningSession.open(this, catalog, backends, needStore, err);
    }
}
