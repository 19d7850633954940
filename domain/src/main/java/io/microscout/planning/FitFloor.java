package io.microscout.planning;

import java.util.List;

/**
 * The minimum fit a plan buys when the brief sets no {@code planning.minFit}: a share of the best fit among the
 * candidates discovery ranked for the brief that are in the brief's markets, so that a plan is made of creators discovery ranks as relevant,
 * never of cheap followers who happen to be in the list. MicroScout's rule (an assumption, see docs/planning.md):
 * {@value #SHARE_OF_BEST} x the best fit, and at least {@value #ABSOLUTE_FLOOR} (never above the best itself).
 */
final class FitFloor {
    static final double SHARE_OF_BEST = 0.7; // assumption
    static final double ABSOLUTE_FLOOR = 0.4; // assumption
    static final String RULE = "70% of discovery's best fit for the brief, at least 0.40";

    private FitFloor() {}

    /**
     * The default relevance floor: {@value #SHARE_OF_BEST} x the best relevance (discovery's relevance component)
     * among the candidates, never above the best; null when no candidate has one.
     */
    static Double relevanceOf(List<PlanCandidate> candidates) {
        double best = -1;
        for (PlanCandidate c : candidates) {
            if (c.relevance() != null) {
                best = Math.max(best, c.relevance());
            }
        }
        return best < 0 ? null : SHARE_OF_BEST * best;
    }

    /** The default floor, or null when no candidate has a fit score. */
    static Double of(List<PlanCandidate> candidates) {
        double best = -1;
        for (PlanCandidate c : candidates) {
            if (c.fit() != null) {
                best = Math.max(best, c.fit());
            }
        }
        return best < 0 ? null : Math.min(best, Math.max(ABSOLUTE_FLOOR, SHARE_OF_BEST * best));
    }
}
