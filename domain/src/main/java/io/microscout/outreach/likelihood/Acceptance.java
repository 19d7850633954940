package io.microscout.outreach.likelihood;

import java.util.List;
import java.util.Locale;

/**
 * The estimated likelihood that a creator accepts an offer, with how each signal moved it.
 *
 * @param contributions each known signal with its log-odds contribution (value x weight)
 * @param basis         what the estimate rests on: the priors alone, or the priors and N recorded outcomes
 */
public record Acceptance(double probability, List<Contribution> contributions, String basis) {
    public record Contribution(Evidence evidence, double weight, double logOdds) {
        /** "values clash +0.00: no value clash found": the contribution to two places, never "-0.00". */
        public String explain() {
            return String.format(
                    Locale.ROOT, "%s %+.2f: %s", evidence.signal().label(), shown(logOdds), evidence.reason());
        }

        /** Rounded to the two places shown; a zero (0 x a negative weight gives -0.0) or -0.004 shows as +0.00. */
        static double shown(double logOdds) {
            return Math.round(logOdds * 100) / 100.0 + 0.0;
        }
    }

    public Acceptance {
        contributions = List.copyOf(contributions);
    }

    /** Expected value of an offer: this likelihood times what a yes is worth (an estimate, as the likelihood is). */
    public double expected(double value) {
        return probability * value;
    }

    /** This likelihood as the plan reads it: the probability, {@link #explain()} and each contribution's reason. */
    public io.microscout.planning.AcceptanceOdds.Odds odds() {
        return new io.microscout.planning.AcceptanceOdds.Odds(
                probability,
                explain(),
                contributions.stream().map(Contribution::explain).toList());
    }

    /** "an estimate: 23% (prior ... ; learned from 40 outcomes)". */
    public String explain() {
        return String.format(Locale.ROOT, "an estimate: %.0f%% (%s)", 100 * probability, basis);
    }
}
