package io.microscout.planning;

import java.util.Arrays;

/**
 * A set of chosen options with everything needed to add or remove one in time proportional to its audience
 * cluster: the values of each cluster sorted from highest, spend per creator, niche and platform, and the
 * objective. Each cluster carries a version, bumped on every change, so that lazy evaluation knows which
 * cached gains are stale.
 */
final class PlanState {
    private static final double EPS = 1e-6;
    final PlanProblem p;
    final boolean[] chosen;
    private final double[][] clusterValues;
    private final int[] clusterSize;
    final int[] clusterVersion;
    private final double[] creatorSpent;
    private final double[] nicheSpent;
    private final double[] platformSpent;
    private double spent;
    private double objective;
    private int count;

    PlanState(PlanProblem p) {
        this.p = p;
        chosen = new boolean[p.options()];
        clusterValues = new double[p.clusters][];
        clusterSize = new int[p.clusters];
        clusterVersion = new int[p.clusters];
        creatorSpent = new double[p.creators];
        nicheSpent = new double[p.niches];
        platformSpent = new double[p.platforms];
    }

    double objective() {
        return objective;
    }

    double spent() {
        return spent;
    }

    /** Budget left under each cap for this option's creator, niche and platform, and overall. */
    double creatorLeft(int o) {
        return p.creatorCap - creatorSpent[p.creator[o]];
    }

    double nicheLeft(int o) {
        return p.nicheCap - nicheSpent[p.niche[o]];
    }

    double platformLeft(int o) {
        return p.platformCap - platformSpent[p.platform[o]];
    }

    int count() {
        return count;
    }

    /** Whether adding the option keeps within the budget and caps. */
    boolean fits(int o) {
        double c = p.cost[o];
        return spent + c <= p.budget + EPS
                && creatorSpent[p.creator[o]] + c <= p.creatorCap + EPS
                && nicheSpent[p.niche[o]] + c <= p.nicheCap + EPS
                && platformSpent[p.platform[o]] + c <= p.platformCap + EPS;
    }

    /** How much the objective grows if the option is added (the option must not be chosen). */
    double gain(int o) {
        int k = p.cluster[o];
        double v = p.value[o], d = p.overlapDiscount;
        double[] a = clusterValues[k];
        int size = clusterSize[k];
        double weight = 1, gain = 0;
        int r = 0;
        while (r < size && a[r] >= v) {
            weight *= d;
            r++;
        }
        gain = v * weight;
        double tail = 0;
        for (int j = r; j < size; j++) {
            tail += a[j] * weight;
            weight *= d;
        }
        return gain - (1 - d) * tail;
    }

    /** Rank of the option's value in its cluster if added: 0 means the first in its audience. */
    int rankIfAdded(int o) {
        int k = p.cluster[o], r = 0;
        while (r < clusterSize[k] && clusterValues[k][r] >= p.value[o]) {
            r++;
        }
        return r;
    }

    void add(int o) {
        if (chosen[o]) {
            throw new IllegalStateException("option " + o + " already chosen");
        }
        objective += gain(o);
        int k = p.cluster[o];
        double[] a = clusterValues[k];
        if (a == null) {
            a = clusterValues[k] = new double[2];
        } else if (clusterSize[k] == a.length) {
            a = clusterValues[k] = Arrays.copyOf(a, a.length * 2);
        }
        int r = rankIfAdded(o);
        System.arraycopy(a, r, a, r + 1, clusterSize[k] - r);
        a[r] = p.value[o];
        clusterSize[k]++;
        clusterVersion[k]++;
        spend(o, p.cost[o]);
        chosen[o] = true;
        count++;
    }

    void remove(int o) {
        if (!chosen[o]) {
            throw new IllegalStateException("option " + o + " not chosen");
        }
        int k = p.cluster[o];
        double[] a = clusterValues[k];
        int r = 0;
        while (a[r] != p.value[o]) {
            r++;
        }
        System.arraycopy(a, r + 1, a, r, clusterSize[k] - r - 1);
        clusterSize[k]--;
        clusterVersion[k]++;
        chosen[o] = false;
        count--;
        spend(o, -p.cost[o]);
        objective -= gain(o);
    }

    private void spend(int o, double amount) {
        spent += amount;
        creatorSpent[p.creator[o]] += amount;
        nicheSpent[p.niche[o]] += amount;
        platformSpent[p.platform[o]] += amount;
    }

    int[] chosenOptions() {
        int[] out = new int[count];
        int i = 0;
        for (int o = 0; o < chosen.length; o++) {
            if (chosen[o]) {
                out[i++] = o;
            }
        }
        return out;
    }
}
