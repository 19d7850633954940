package io.microscout.bench;

import io.microscout.forecast.ForecastAssumptions;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.NaiveGreedyPlanner;
import io.microscout.planning.Objective;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanCandidate;
import io.microscout.planning.PlanProblem;
import io.microscout.planning.Planner;
import io.microscout.planning.PlanningService;
import io.microscout.planning.SyntheticCandidates;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout bench plan}: planner latency on a synthetic catalog, against the naive greedy. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Time the planner on N synthetic candidates over repeated runs (percentiles, heap), beside "
                + "the naive non-lazy greedy on the same problem.")
public final class BenchPlanCommand implements Callable<Integer> {
    @Option(names = "--candidates", defaultValue = "100000", description = "Synthetic candidates (default 100000).")
    int candidates;

    @Option(names = "--budget", defaultValue = "100000", description = "Budget in US dollars (default 100000).")
    double budget;

    @Option(names = "--runs", defaultValue = "10", description = "Timed runs (default 10), after 2 warm-up runs.")
    int runs;

    @Option(names = "--baseline-runs", defaultValue = "3", description = "Timed runs of the naive greedy (default 3).")
    int baselineRuns;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        List<PlanCandidate> all = new SyntheticCandidates(candidates, seed, Pricer.defaults()).candidatesFor(null);
        out.printf(
                Locale.ROOT,
                "SYNTHETIC catalog: %,d candidates generated in %d ms (not timed below); budget %s, "
                        + "objective sales%n",
                all.size(),
                (System.nanoTime() - t0) / 1_000_000,
                io.microscout.pricing.Money.format(budget));
        PlanningService service = new PlanningService(
                null, Quotes.none(), ForecastAssumptions.defaults(), AudienceOverlap.defaults(), seed);
        PlanBrief brief = PlanBrief.of(budget, Objective.SALES).withMaxSharePerCreator(0.05);
        double[] build = new double[runs], solve = new double[runs], cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Planner.Result result = null;
        PlanProblem problem = null;
        for (int r = -2; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            problem = service.problem(brief, all);
            long b = System.nanoTime();
            result = new Planner().solve(problem);
            long c = System.nanoTime();
            if (r >= 0) {
                build[r] = (b - a) / 1e6;
                solve[r] = (c - b) / 1e6;
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
        }
        double[] total = new double[runs];
        for (int r = 0; r < runs; r++) {
            total[r] = build[r] + solve[r];
        }
        out.printf(
                Locale.ROOT,
                "options (creator x deliverable): %,d; chosen %d; objective %.1f expected conversions "
                        + "after overlap; %,d gain evaluations; %d local-search improvements%n",
                problem.options(),
                result.chosen().length,
                result.objective(),
                result.evaluations(),
                result.improvements());
        report(out, "planner: build problem (eligibility, prices, values, audience clusters)", build);
        report(out, "planner: solve (lazy greedy + enumeration + local search)", solve);
        report(out, "planner: total", total);
        report(out, "planner: total, CPU time of the planning thread (load-independent)", cpu);
        double[] naive = new double[baselineRuns];
        Planner.Result baseline = null;
        for (int r = 0; r < baselineRuns; r++) {
            long a = System.nanoTime();
            baseline = new NaiveGreedyPlanner().solve(problem);
            naive[r] = (System.nanoTime() - a) / 1e6;
        }
        if (baseline != null) {
            report(out, "baseline: naive greedy solve (recomputes every gain each step)", naive);
            out.printf(
                    Locale.ROOT,
                    "baseline objective %.1f (planner %.1f, %+.2f%%); %,d gain evaluations%n",
                    baseline.objective(),
                    result.objective(),
                    (result.objective() / baseline.objective() - 1) * 100,
                    baseline.evaluations());
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf(
                Locale.ROOT,
                "heap used after GC: %.0f MB (max %.0f MB); %d cores%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6,
                rt.maxMemory() / 1e6,
                rt.availableProcessors());
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        out.printf(
                Locale.ROOT,
                "%-70s p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms  (%d runs)%n",
                what,
                s[(s.length - 1) / 2],
                s[(int) Math.ceil(0.9 * (s.length - 1))],
                s[s.length - 1],
                s.length);
    }
}
