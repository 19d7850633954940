package io.microscout.planning;

import java.util.SplittableRandom;

/**
 * Seeded random plan problems for tests: a few audience clusters, prices of several tiers, optional caps,
 * an overlap discount between 0.75 and 1 (the default is 0.8; much stronger discounts make the exact
 * solver's bound loose and its search slow).
 */
final class RandomProblems {
    private RandomProblems() {}

    /** A problem of {@code candidates} creators with one or two deliverables each (at most {@code maxOptions}). */
    static PlanProblem of(long seed, int candidates, int maxOptions, boolean caps) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 0;
        int[] perCreator = new int[candidates];
        for (int c = 0; c < candidates; c++) {
            perCreator[c] = n + 2 <= maxOptions - (candidates - c - 1) && r.nextDouble() < 0.4 ? 2 : 1;
            n += perCreator[c];
        }
        double[] cost = new double[n], value = new double[n];
        int[] cluster = new int[n], creator = new int[n], niche = new int[n], platform = new int[n];
        int clusters = 1 + r.nextInt(6), o = 0;
        double total = 0;
        for (int c = 0; c < candidates; c++) {
            double base = Math.exp(Math.log(50) + r.nextDouble() * Math.log(100)); // $50 .. $5,000
            double quality = Math.exp(r.nextGaussian() * 0.6);
            int k = r.nextInt(clusters), plat = r.nextInt(3);
            for (int d = 0; d < perCreator[c]; d++) {
                double premium = d == 0 ? 1 : 1.45;
                cost[o] = Math.round(base * premium);
                value[o] = Math.pow(base, 0.8) * quality * (d == 0 ? 1 : 1.3);
                cluster[o] = k;
                creator[o] = c;
                niche[o] = k % 3;
                platform[o] = plat;
                total += cost[o];
                o++;
            }
        }
        double budget = total * (0.1 + 0.4 * r.nextDouble());
        double inf = Double.POSITIVE_INFINITY;
        return new PlanProblem(
                cost,
                value,
                cluster,
                creator,
                niche,
                platform,
                budget,
                caps && r.nextBoolean() ? budget * 0.2 : inf,
                caps && r.nextBoolean() ? budget * 0.5 : inf,
                caps && r.nextBoolean() ? budget * 0.6 : inf,
                0.75 + 0.25 * r.nextDouble());
    }
}
