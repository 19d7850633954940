package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerExactnessTest {

    @Test
    void planIsWithinOnePercentOfTheExactOptimumOnRandomSmallProblems() {
        int instances = 200, exact = 0;
        double worst = 1;
        for (long seed = 1; seed <= instances; seed++) {
            PlanProblem p = RandomProblems.of(seed, 10 + (int) (seed % 21), 30, seed % 2 == 0);
            Planner.Result plan = new Planner().solve(p);
            ExactPlanner.Result optimum = new ExactPlanner().solve(p);
            assertThat(p.feasible(plan.chosen()))
                    .as("plan within budget and caps, seed %d", seed)
                    .isTrue();
            assertThat(p.feasible(optimum.chosen())).isTrue();
            assertThat(p.objective(plan.chosen()))
                    .isCloseTo(plan.objective(), org.assertj.core.data.Offset.offset(1e-6 * (1 + plan.objective())));
            double ratio = optimum.objective() == 0 ? 1 : plan.objective() / optimum.objective();
            assertThat(ratio)
                    .as("seed %d: plan %.4f vs optimum %.4f", seed, plan.objective(), optimum.objective())
                    .isGreaterThanOrEqualTo(0.99);
            worst = Math.min(worst, ratio);
            exact += ratio >= 1 - 1e-9 ? 1 : 0;
        }
        System.out.printf("exactness: %d instances, %d solved exactly, worst ratio %.5f%n", instances, exact, worst);
    }

    @Test
    void exactSolverBeatsOrMatchesEveryOtherFeasibleChoice() {
        PlanProblem p = RandomProblems.of(42, 12, 12, true);
        ExactPlanner.Result optimum = new ExactPlanner().solve(p);
        double bruteForce = 0;
        for (int m = 0; m < 1 << p.options(); m++) {
            int mask = m;
            int[] set = java.util.stream.IntStream.range(0, p.options())
                    .filter(i -> (mask >> i & 1) == 1)
                    .toArray();
            if (p.feasible(set)) {
                bruteForce = Math.max(bruteForce, p.objective(set));
            }
        }
        assertThat(optimum.objective()).isCloseTo(bruteForce, org.assertj.core.data.Offset.offset(1e-9));
    }
}
