package io.microscout.planning;

/**
 * The baseline a team would write first: greedy by marginal gain per dollar, recomputing every option's
 * gain at every step (no lazy evaluation, no local search). The plan benchmark runs it beside {@link Planner}.
 */
public final class NaiveGreedyPlanner {

    public Planner.Result solve(PlanProblem p) {
        PlanState s = new PlanState(p);
        long evaluations = 0;
        while (true) {
            int bestOption = -1;
            double bestRatio = 0;
            for (int o = 0; o < p.options(); o++) {
                if (s.chosen[o] || !s.fits(o)) {
                    continue;
                }
                evaluations++;
                double r = s.gain(o) / p.cost[o];
                if (r > bestRatio) {
                    bestRatio = r;
                    bestOption = o;
                }
            }
            if (bestOption < 0) {
                return new Planner.Result(s.chosenOptions(), s.objective(), evaluations, 0);
            }
            s.add(bestOption);
        }
    }
}
