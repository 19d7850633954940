package io.microscout.planning;

/**
 * The optimisation problem behind a plan, in numbers only: options (one creator's deliverable) with a cost
 * and an expected value, grouped into audience clusters, under a budget and optional spending caps per
 * creator, niche and platform (as amounts; {@code Double.POSITIVE_INFINITY} when not set).
 *
 * <p>Objective (diminishing returns where audiences overlap): within one cluster, the options' values
 * sorted from highest count 1, d, d^2, ... (d = {@code overlapDiscount}): each further piece of content
 * reaching the same audience adds d times what the one before it added. Summed over clusters. This is
 * monotone and submodular (a weighted sum of "best k" functions), which is what makes lazy greedy exact
 * about its marginal gains and the branch-and-bound bound valid.
 */
public final class PlanProblem {
    final double[] cost;
    final double[] value;
    final int[] cluster;
    final int[] creator;
    final int[] niche;
    final int[] platform;
    final double budget;
    final double creatorCap;
    final double nicheCap;
    final double platformCap;
    final double overlapDiscount;
    final int clusters;
    final int creators;
    final int niches;
    final int platforms;

    public PlanProblem(
            double[] cost,
            double[] value,
            int[] cluster,
            int[] creator,
            int[] niche,
            int[] platform,
            double budget,
            double creatorCap,
            double nicheCap,
            double platformCap,
            double overlapDiscount) {
        int n = cost.length;
        if (value.length != n
                || cluster.length != n
                || creator.length != n
                || niche.length != n
                || platform.length != n) {
            throw new IllegalArgumentException(
                    "every option needs a cost, value, cluster, creator, niche and platform");
        }
        if (!(overlapDiscount > 0 && overlapDiscount <= 1)) {
            throw new IllegalArgumentException("overlap discount must be in (0, 1], got " + overlapDiscount);
        }
        for (int i = 0; i < n; i++) {
            if (!(cost[i] > 0) || !(value[i] >= 0)) {
                throw new IllegalArgumentException("option " + i + " needs cost > 0 and value >= 0");
            }
        }
        this.cost = cost;
        this.value = value;
        this.cluster = cluster;
        this.creator = creator;
        this.niche = niche;
        this.platform = platform;
        this.budget = budget;
        this.creatorCap = creatorCap;
        this.nicheCap = nicheCap;
        this.platformCap = platformCap;
        this.overlapDiscount = overlapDiscount;
        this.clusters = max(cluster) + 1;
        this.creators = max(creator) + 1;
        this.niches = max(niche) + 1;
        this.platforms = max(platform) + 1;
    }

    private static int max(int[] a) {
        int m = -1;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    public int options() {
        return cost.length;
    }

    public double budget() {
        return budget;
    }

    /** The objective of a set of options (recomputed from scratch; for tests and checks). */
    public double objective(int[] chosen) {
        PlanState s = new PlanState(this);
        for (int o : chosen) {
            s.add(o);
        }
        return s.objective();
    }

    /** Whether a set of options keeps within the budget and every cap. */
    public boolean feasible(int[] chosen) {
        PlanState s = new PlanState(this);
        for (int o : chosen) {
            if (!s.fits(o)) {
                return false;
            }
            s.add(o);
        }
        return true;
    }
}
