package io.microscout.planning;

import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import java.util.List;

/**
 * Will a creator say yes to an offer? The plan's port to outreach's acceptance likelihood (docs/outreach.md, "Will
 * they say yes?"): an ESTIMATED probability with its reasons, for a candidate offered a deliverable at a price.
 */
@FunctionalInterface
public interface AcceptanceOdds {
    /** No likelihood known: plans are made and shown without one. */
    AcceptanceOdds UNKNOWN = (candidate, deliverable, price) -> null;

    /** The likelihood of a yes, or null when none can be estimated. */
    Odds of(PlanCandidate candidate, Deliverable deliverable, PriceEstimate price);

    /**
     * An estimated likelihood of a yes.
     *
     * @param probability 0–1
     * @param summary     the estimate in one line ("likelihood 4.1% (estimate; base 4.3% ...)")
     * @param reasons     each signal's contribution with its reason
     */
    record Odds(double probability, String summary, List<String> reasons) {
        public Odds {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("a likelihood is between 0 and 1, got " + probability);
            }
            reasons = List.copyOf(reasons);
        }
    }
}
