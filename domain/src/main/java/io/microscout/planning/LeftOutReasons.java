package io.microscout.planning;

import io.microscout.pricing.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Why discovery's best candidates for the brief are not in the plan, one stated reason each. */
final class LeftOutReasons {
    private LeftOutReasons() {}

    /**
     * For the first {@code top} candidates in discovery's order that the plan does not buy: the exclusion that kept
     * them out (fit, authenticity, platform, price above the per-creator cap, ...) or, when they were eligible, how
     * their value per dollar compares with the plan's and whether their audience was already bought.
     */
    static List<String> topLeftOut(
            List<PlanCandidate> candidates, PlanOptions options, Integer[] chosen, PlanProblem problem, int top) {
        Set<io.microscout.creator.CreatorKey> bought = new HashSet<>();
        Set<Integer> boughtClusters = new HashSet<>();
        double cost = 0, value = 0;
        for (int o : chosen) {
            bought.add(options.candidate(o).creator());
            boughtClusters.add(problem.cluster[o]);
            cost += options.price(o).point();
            value += options.value(o);
        }
        double planPerUnit = value > 0 ? cost / value : Double.NaN;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(top, candidates.size()); i++) {
            PlanCandidate c = candidates.get(i);
            if (bought.contains(c.creator())) {
                continue;
            }
            String why = options.whyOut[i];
            if (why == null) {
                why = notChosen(c, options, problem, boughtClusters, planPerUnit);
            }
            out.add(String.format(
                    Locale.ROOT,
                    "#%d %s (fit %s): %s",
                    i + 1,
                    c.creator(),
                    c.fit() == null ? "?" : String.format(Locale.ROOT, "%.2f", c.fit()),
                    why));
        }
        return out;
    }

    private static String notChosen(
            PlanCandidate c,
            PlanOptions options,
            PlanProblem problem,
            Set<Integer> boughtClusters,
            double planPerUnit) {
        double bestPerUnit = Double.POSITIVE_INFINITY;
        int cluster = -1;
        for (int o = 0; o < options.size(); o++) {
            if (options.candidate(o).creator().equals(c.creator())) {
                bestPerUnit = Math.min(bestPerUnit, options.price(o).point() / Math.max(options.value(o), 1e-12));
                cluster = problem.cluster[o];
            }
        }
        String overlap = boughtClusters.contains(cluster)
                ? "; its audience (" + AudienceOverlap.audienceOf(c)
                        + ") is already in the plan, so it would count less"
                : "";
        return String.format(
                Locale.ROOT,
                "less value per dollar: %s per expected unit at best vs %s across the plan%s",
                Money.format(bestPerUnit),
                Money.format(planPerUnit),
                overlap);
    }
}
