package io.microscout.cli.planning;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.UserException;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Money;
import io.microscout.store.planning.JdbiPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout plans}: the saved plans; {@code plans show NAME} prints or exports one. */
@Command(
        name = "plans",
        mixinStandardHelpOptions = true,
        subcommands = PlansCommand.Show.class,
        description = "List the plans saved with `plan --save NAME`, newest first.")
public final class PlansCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            List<SavedPlan> plans = new JdbiPlans(app.store().jdbi()).list();
            if (plans.isEmpty()) {
                out.println("no saved plans (save one with: microscout plan --brief FILE --save NAME)");
            }
            out.printf(
                    Locale.ROOT,
                    plans.isEmpty() ? "" : "%-24s %-20s %-12s %-10s %-10s %6s%n",
                    "name",
                    "saved",
                    "budget",
                    "cost",
                    "objective",
                    "items");
            for (SavedPlan p : plans) {
                out.printf(
                        Locale.ROOT,
                        "%-24s %-20s %-12s %-10s %-10s %6d%s%n",
                        p.name(),
                        p.savedAt().toString().substring(0, 16).replace('T', ' '),
                        Money.format(p.budget()),
                        Money.cents(Money.toCents(p.cost())),
                        p.objective().id(),
                        p.selections().size(),
                        p.synthetic() ? "  (SYNTHETIC candidates)" : "");
            }
        }
        out.flush();
        return 0;
    }

    /** {@code plans show NAME [--json|--csv]}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a saved plan with its assumptions; --json prints the plan as `plan --json` did, "
                    + "--csv its selections with followers and forecast estimates, and a TOTAL row (docs/exports.md).")
    public static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--json", description = "Print the saved plan's JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print the selections and a TOTAL row as CSV (docs/exports.md).")
        boolean csv;

        @Mixin
        CatalogOptions catalog;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (json && csv) {
                throw new UserException("give --json or --csv, not both");
            }
            SavedPlan p;
            try (MicroScout app = catalog.open()) {
                p = new JdbiPlans(app.store().jdbi())
                        .load(name)
                        .orElseThrow(
                                () -> new UserException("no saved plan named '" + name + "' (see: microscout plans)"));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(p.document());
            } else if (csv) {
                csv(p, out);
            } else {
                text(p, out);
            }
            out.flush();
            return 0;
        }

        /** A saved plan as CSV, selections and a TOTAL row (the server export writes the same; {@link PlanCsv}). */
        public static void csv(SavedPlan p, PrintWriter out) throws IOException {
            PlanCsv.write(PlanOutput.JSON.readTree(p.document()), out);
        }

        private static void text(SavedPlan p, PrintWriter out) {
            if (p.synthetic()) {
                out.println("*** " + p.candidatesFrom() + " ***");
            }
            out.printf(
                    Locale.ROOT,
                    "Plan \"%s\" saved %s: brief %s, budget %s, objective %s, rate card %s, seed %d%n",
                    p.name(),
                    p.savedAt(),
                    p.briefName(),
                    Money.format(p.budget()),
                    p.objective().id(),
                    p.rateCard(),
                    p.seed());
            out.printf(
                    Locale.ROOT,
                    "Candidates: %s; cost %s%n%n",
                    p.candidatesFrom(),
                    Money.cents(Money.toCents(p.cost())));
            int n = 1;
            for (SavedPlan.Item i : p.selections()) {
                out.printf(
                        Locale.ROOT,
                        "%3d. %-34s %-26s %s (%s)%n     why: %s%n",
                        n++,
                        i.creator(),
                        i.deliverable().label(),
                        Money.cents(Money.toCents(i.price())),
                        i.priceBasis(),
                        i.reason());
            }
            out.println();
            out.println("Totals: P50 (P10–P90)");
            for (Figure f : Figure.values()) {
                Interval iv = p.totals().get(f);
                if (f != Figure.COST && iv != null) {
                    out.printf(Locale.ROOT, "  %-12s %s%n", f.label(), iv.describe(f.isMoney()));
                }
            }
            out.println();
            out.println("Assumptions:");
            p.assumptions().forEach(a -> out.println("  " + a));
        }
    }
}
