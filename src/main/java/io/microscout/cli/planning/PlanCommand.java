package io.microscout.cli.planning;

import io.microscout.planning.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code microscout plan}: the best set of creators and deliverables for a budget. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Pick the creators and deliverables that bring the most sales, engagement or reach within "
                + "the budget, with totals as P10/P50/P90 and why each creator is in.",
                "Until discovery is connected, plan over a synthetic catalog: --candidates-from-generated N."})
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    PlanningOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Plan plan = options.service().plan(options.readBrief());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.println(PlanOutput.JSON.writeValueAsString(PlanOutput.json(plan)));
            out.flush();
        } else {
            PlanOutput.text(plan, out);
        }
        return 0;
    }
}
