package io.microscout.planning;

import java.util.Comparator;

/**
 * The true optimum of a small {@link PlanProblem} (up to about 40 options), by depth-first branch and bound
 * over options in order of value per dollar, include before exclude. Bound at a node with chosen set S:
 * F(S) + the fractional knapsack of the remaining options' marginal gains given S over the budget left.
 * It is an upper bound because the objective is submodular: F(S + T) - F(S) <= sum of gain(t | S) over T.
 * Options that no longer fit a cap are left out of the bound (they cannot be added below this node), and
 * the caps per creator, niche and platform tighten it (see {@link #bound}).
 */
public final class ExactPlanner {
    public static final int MAX_OPTIONS = 48;

    private PlanProblem p;
    private int[] order;
    private double best;
    private int[] bestSet;
    private long nodes;
    private final int[] opt = new int[MAX_OPTIONS];
    private final double[] gain = new double[MAX_OPTIONS];
    private final double[] ratio = new double[MAX_OPTIONS];
    private double[] groupUsed;

    /** The chosen options of an optimal plan and the nodes the search visited. */
    public record Result(int[] chosen, double objective, long nodes) {}

    public Result solve(PlanProblem problem) {
        if (problem.options() > MAX_OPTIONS) {
            throw new IllegalArgumentException(
                    "the exact solver takes at most " + MAX_OPTIONS + " options, got " + problem.options());
        }
        this.p = problem;
        this.groupUsed = new double[Math.max(p.creators, Math.max(p.niches, p.platforms))];
        this.order = java.util.stream.IntStream.range(0, p.options())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer o) -> -p.value[o] / p.cost[o]))
                .mapToInt(Integer::intValue)
                .toArray();
        Planner.Result start = new Planner().solve(p); // a good incumbent prunes early; optimality is proved below
        best = start.objective();
        bestSet = start.chosen();
        nodes = 0;
        search(0, new PlanState(p));
        return new Result(bestSet, best, nodes);
    }

    private void search(int i, PlanState s) {
        nodes++;
        if (s.objective() > best + 1e-12) {
            best = s.objective();
            bestSet = s.chosenOptions();
        }
        if (i == order.length || s.objective() + bound(i, s) <= best * (1 + 1e-12) + 1e-12) {
            return;
        }
        int o = order[i];
        if (s.fits(o)) {
            s.add(o);
            search(i + 1, s);
            s.remove(o);
        }
        search(i + 1, s);
    }

    /**
     * Upper bound on what options order[i..] can add: the fractional knapsack of their marginal gains given
     * S, over the budget left; and, since every cap also binds, the sum over creators (niches, platforms)
     * of each group's own fractional knapsack within its cap left. The least of the four.
     */
    private double bound(int i, PlanState s) {
        int k = 0;
        for (int j = i; j < order.length; j++) {
            int o = order[j];
            if (s.fits(o)) {
                opt[k] = o;
                gain[k] = s.gain(o);
                ratio[k] = gain[k] / p.cost[o];
                k++;
            }
        }
        for (int a = 1; a < k; a++) { // insertion sort by ratio, highest first (k <= 48)
            int o = opt[a];
            double g = gain[a], r = ratio[a];
            int b = a - 1;
            while (b >= 0 && ratio[b] < r) {
                opt[b + 1] = opt[b];
                gain[b + 1] = gain[b];
                ratio[b + 1] = ratio[b];
                b--;
            }
            opt[b + 1] = o;
            gain[b + 1] = g;
            ratio[b + 1] = r;
        }
        double left = p.budget - s.spent();
        double bound = knapsack(k, left, null, s);
        for (int grouping = 0; grouping < 3 && bound > 0; grouping++) {
            bound = Math.min(
                    bound, knapsack(k, left, grouping == 0 ? p.creator : grouping == 1 ? p.niche : p.platform, s));
        }
        return bound;
    }

    /** Fractional knapsack of the sorted options; per group of {@code groupOf} when given, each within its cap. */
    private double knapsack(int k, double budgetLeft, int[] groupOf, PlanState s) {
        if (groupOf != null) {
            java.util.Arrays.fill(groupUsed, 0);
        }
        double left = budgetLeft, total = 0;
        for (int a = 0; a < k; a++) {
            int o = opt[a];
            double room;
            if (groupOf == null) {
                room = left;
            } else {
                double cap = groupOf == p.creator
                        ? s.creatorLeft(o)
                        : groupOf == p.niche ? s.nicheLeft(o) : s.platformLeft(o);
                room = Math.min(budgetLeft, cap - groupUsed[groupOf[o]]);
            }
            if (room <= 0) {
                continue;
            }
            double take = Math.min(1, room / p.cost[o]);
            total += take * gain[a];
            if (groupOf == null) {
                left -= take * p.cost[o];
            } else {
                groupUsed[groupOf[o]] += take * p.cost[o];
            }
        }
        return total;
    }
}
