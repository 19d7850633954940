package io.microscout.cli.planning;

import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.planning.Plan;
import io.microscout.planning.SavedPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout plan}: the best set of creators and deliverables for a budget. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Pick the creators and deliverables that bring the most sales, engagement or reach within "
                    + "the budget, with totals as P10/P50/P90 and why each creator is in.",
            "Candidates come from discovery on the catalog (fit, authenticity, engagement history, prices from "
                    + "the rate card or recorded quotes); --candidates-from-generated N plans over a labelled "
                    + "SYNTHETIC catalog instead. See docs/planning.md."
        })
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    PlanningOptions options;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = "--save",
            paramLabel = "NAME",
            description =
                    "Save the plan under this name with its assumptions (replaces a plan of that name); see `plans`.")
    String save;

    @Option(
            names = "--csv",
            description = "Print the plan as CSV: one row per deliverable with followers and the forecast's"
                    + " P10/P50/P90 estimates, then a TOTAL row (docs/exports.md).")
    boolean csv;

    @Spec
    CommandSpec spec;

    private final DiscoveryBackend.Factory backends;

    public PlanCommand() {
        this(null);
    }

    /** @param backends what discovery runs on; null: the catalog's Lucene index (tests: fixtures) */
    public PlanCommand(DiscoveryBackend.Factory backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws Exception {
        try (PlanningSession session =
                options.open(catalog, backends, save != null, spec.commandLine().getErr())) {
            Plan plan = session.service.plan(session.brief);
            String json = PlanOutput.JSON.writeValueAsString(PlanOutput.json(plan));
            PrintWriter out = spec.commandLine().getOut();
            if (options.json && csv) {
                throw new io.microscout.cli.common.UserException("give --json or --csv, not both");
            }
            if (options.json) {
                out.println(json);
            } else if (csv) {
                PlanCsv.write(PlanOutput.JSON.readTree(json), out);
            } else {
                PlanOutput.text(plan, out);
            }
            if (save != null) {
                SavedPlan saved;
                try {
                    saved = SavedPlan.of(save, plan, session.rateCard, session.now(), json);
                } catch (IllegalArgumentException e) {
                    throw new io.microscout.cli.common.UserException("--save: " + e.getMessage());
                }
                session.plans().save(saved);
                if (!options.json && !csv) {
                    out.println("Saved as \"" + save + "\" ("
                            + saved.selections().size() + " deliverables): microscout plans show " + save);
                }
            }
            out.flush();
        }
        return 0;
    }
}
