package io.microscout.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses options for a {@link PlanProblem}. Three steps:
 * <ol>
 *   <li>Lazy greedy (Minoux 1978): options in a max-heap by marginal gain per dollar; a popped option whose
 *       audience cluster changed since its gain was computed is re-scored and pushed back. Submodularity
 *       means gains only shrink, so the option on top with a fresh score is the true best. Run twice, by
 *       gain per dollar and by gain alone, keeping the better (Khuller, Moss and Naor 1999 for budgeted
 *       coverage: the better of the two is within a constant factor of optimum).</li>
 *   <li>Partial enumeration (Sviridenko 2004): on small problems, every single option and every pair is
 *       forced in first and the rest filled greedily; on large ones, the 16 most valuable singles.</li>
 *   <li>Local search: drop one chosen option, refill greedily (by gain per dollar and by gain), keep it if
 *       the objective grows; on small problems also swap one for one and drop two; repeat until no move
 *       helps (on large problems: one pass, refilled by gain per dollar only, over the 1,000 best options by
 *       gain per dollar; and no seeded runs).</li>
 * </ol>
 * The exactness test compares it with {@link ExactPlanner} on many random problems.
 */
public final class Planner {
    private static final int PAIRS_UP_TO = 60;
    private static final int POOL = 4_000;
    /** Greedy scores gain / cost^alpha: 1 is gain per dollar, 0 gain alone, between them a blend. */
    private static final double[] ALPHAS = {1, 0.75, 0.5, 0};
    /** On large problems (more than POOL options): gain per dollar and gain alone, no seeds, one pass. */
    private static final double[] ALPHAS_LARGE = {1, 0};

    /** The chosen options, with how many lazy evaluations and local-search improvements it took. */
    public record Result(int[] chosen, double objective, long evaluations, int improvements) {}

    public Result solve(PlanProblem p) {
        int n = p.options();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Filler filler = new Filler(p);
        PlanState best = null;
        boolean large = n > POOL;
        for (double alpha : large ? ALPHAS_LARGE : ALPHAS) {
            PlanState s = filler.greedy(new PlanState(p), all, alpha, null);
            if (best == null || s.objective() > best.objective()) {
                best = s;
            }
        }
        int[] pool = n <= POOL ? all : pool(p, all);
        for (PlanState s : large ? List.<PlanState>of() : seeded(p, filler, pool)) {
            if (s.objective() > best.objective() * (1 + 1e-12)) {
                best = s;
            }
        }
        int improvements =
                improve(best, filler, large ? top(p, pool, POOL / 4, true) : pool, large ? 1 : 50, n <= PAIRS_UP_TO);
        return new Result(best.chosenOptions(), best.objective(), filler.evaluations, improvements);
    }

    private List<PlanState> seeded(PlanProblem p, Filler filler, int[] pool) {
        List<PlanState> out = new ArrayList<>();
        int n = p.options();
        int[] singles = n <= PAIRS_UP_TO ? pool : topByValue(p, pool, 16);
        for (int a : singles) {
            out.add(seed(p, filler, pool, a, -1));
            if (n <= PAIRS_UP_TO) {
                for (int b : pool) {
                    if (b > a) {
                        out.add(seed(p, filler, pool, a, b));
                    }
                }
            }
        }
        out.removeIf(s -> s == null);
        return out;
    }

    private static PlanState seed(PlanProblem p, Filler filler, int[] pool, int a, int b) {
        PlanState s = new PlanState(p);
        if (!s.fits(a)) {
            return null;
        }
        s.add(a);
        if (b >= 0) {
            if (!s.fits(b)) {
                return null;
            }
            s.add(b);
        }
        return filler.greedy(s, pool, 1, null);
    }

    /**
     * Local search; returns how many moves improved the plan. Moves: drop one chosen option and refill; on
     * small problems also drop one and force in one other, and drop two, each then refilled.
     */
    private static int improve(PlanState s, Filler filler, int[] pool, int maxPasses, boolean small) {
        int improvements = 0;
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean improved = false;
            for (int r : s.chosenOptions()) {
                if (!s.chosen[r]) {
                    continue;
                }
                if (tryMove(s, filler, pool, new int[] {r}, -1)) {
                    improved = true;
                    improvements++;
                    continue;
                }
                if (!small) {
                    continue;
                }
                if (dropWeakest(s, filler, pool)) {
                    improved = true;
                    improvements++;
                }
                for (int a : pool) {
                    if (s.chosen[r] && !s.chosen[a] && tryMove(s, filler, pool, new int[] {r}, a)) {
                        improved = true;
                        improvements++;
                    }
                }
                for (int r2 : s.chosenOptions()) {
                    if (r2 > r && s.chosen[r] && s.chosen[r2] && tryMove(s, filler, pool, new int[] {r, r2}, -1)) {
                        improved = true;
                        improvements++;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return improvements;
    }

    /** Drops the 2, 3, ... 8 chosen options with the least gain per dollar at once, then refills. */
    private static boolean dropWeakest(PlanState s, Filler filler, int[] pool) {
        int[] chosen = s.chosenOptions();
        double[] ratio = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            s.remove(chosen[i]);
            ratio[i] = s.gain(chosen[i]) / s.p.cost[chosen[i]];
            s.add(chosen[i]);
        }
        Integer[] order = new Integer[chosen.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        for (int k = 2; k <= Math.min(8, chosen.length); k++) {
            int[] drop = new int[k];
            for (int i = 0; i < k; i++) {
                drop[i] = chosen[order[i]];
            }
            if (tryMove(s, filler, pool, drop, -1)) {
                return true;
            }
        }
        return false;
    }

    /** Drops options, forces one in (if {@code force >= 0}), refills; keeps it if better, else undoes it. */
    private static boolean tryMove(PlanState s, Filler filler, int[] pool, int[] drop, int force) {
        double before = s.objective();
        for (double alpha : s.p.options() > POOL ? new double[] {1} : ALPHAS) {
            for (int r : drop) {
                s.remove(r);
            }
            List<Integer> added = new ArrayList<>();
            if (force < 0 || s.fits(force)) {
                if (force >= 0) {
                    s.add(force);
                    added.add(force);
                }
                filler.greedy(s, pool, alpha, added);
                if (s.objective() > before * (1 + 1e-9) + 1e-12) {
                    return true;
                }
            }
            for (int a : added) {
                s.remove(a);
            }
            for (int r : drop) {
                s.add(r);
            }
            if (force >= 0) {
                return false; // forcing one in: one refill order is enough
            }
        }
        return false;
    }

    private static int[] pool(PlanProblem p, int[] all) {
        int[] byRatio = top(p, all, POOL, true);
        int[] byValue = topByValue(p, all, POOL / 8);
        return Arrays.stream(concat(byRatio, byValue)).distinct().toArray();
    }

    private static int[] topByValue(PlanProblem p, int[] from, int k) {
        return top(p, from, k, false);
    }

    private static int[] top(PlanProblem p, int[] from, int k, boolean byRatio) {
        OptionHeap h = new OptionHeap(from.length);
        for (int o : from) {
            h.append(o, byRatio ? p.value[o] / p.cost[o] : p.value[o]);
        }
        h.heapify();
        int[] out = new int[Math.min(k, from.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.pop();
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Lazy greedy fill, reusing its arrays across calls. */
    static final class Filler {
        private final PlanProblem p;
        private final OptionHeap heap;
        private final int[] stamp;
        long evaluations;

        Filler(PlanProblem p) {
            this.p = p;
            this.heap = new OptionHeap(p.options());
            this.stamp = new int[p.options()];
        }

        /** Adds options from the pool to the state greedily; records them in {@code added} when given. */
        PlanState greedy(PlanState s, int[] pool, double alpha, List<Integer> added) {
            heap.clear();
            for (int o : pool) {
                if (!s.chosen[o] && s.fits(o)) {
                    heap.append(o, score(s, o, alpha));
                }
            }
            heap.heapify();
            while (!heap.isEmpty()) {
                int o = heap.topOption();
                if (!s.fits(o)) {
                    heap.pop(); // spending only grows: it will never fit again
                    continue;
                }
                if (stamp[o] != s.clusterVersion[p.cluster[o]]) {
                    heap.pop();
                    heap.push(o, score(s, o, alpha));
                    continue;
                }
                if (heap.topScore() <= 0) {
                    break;
                }
                heap.pop();
                s.add(o);
                if (added != null) {
                    added.add(o);
                }
            }
            return s;
        }

        private double score(PlanState s, int o, double alpha) {
            evaluations++;
            stamp[o] = s.clusterVersion[p.cluster[o]];
            double g = s.gain(o);
            return alpha == 1 ? g / p.cost[o] : alpha == 0 ? g : g / Math.pow(p.cost[o], alpha);
        }
    }
}
