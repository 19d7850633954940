package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import io.microscout.pricing.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microscout compare}: what the budget buys in micro creators, in one macro creator, and in the best mix. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Put side by side what the budget buys in micro creators only, in one macro creator, and in "
                + "the best mix: reach, engagement, conversions and ROI, each P50 (P10–P90).")
public final class CompareCommand implements Callable<Integer> {
    private static final List<Figure> SHOWN = List.of(
            Figure.IMPRESSIONS,
            Figure.ENGAGEMENTS,
            Figure.CLICKS,
            Figure.CONVERSIONS,
            Figure.REVENUE,
            Figure.ROI,
            Figure.CPA);

    @Mixin
    PlanningOptions options;

    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    private final DiscoveryBackend.Factory backends;

    public CompareCommand() {
        this(null);
    }

    /** @param backends what discovery runs on; null: the catalog's Lucene index (tests: fixtures) */
    public CompareCommand(DiscoveryBackend.Factory backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws Exception {
        BudgetComparison c;
        try (PlanningSession session =
                options.open(catalog, backends, false, spec.commandLine().getErr())) {
            c = session.service.compare(session.brief);
        }
        PrintWriter out = spec.commandLine().getOut();
        String[] names = {"micro creators only", "one macro creator", "best mix"};
        Plan[] plans = {c.microOnly(), c.oneMacro(), c.bestMix()};
        if (options.json) {
            ObjectNode root = PlanOutput.JSON.createObjectNode();
            for (int i = 0; i < plans.length; i++) {
                root.set(names[i].replace(' ', '_'), PlanOutput.json(plans[i]));
            }
            out.println(PlanOutput.JSON.writeValueAsString(root));
            out.flush();
            return 0;
        }
        out.println(
                c.bestMix().synthetic()
                        ? "*** " + c.bestMix().candidatesFrom() + " ***"
                        : "Candidates: " + c.bestMix().candidatesFrom());
        out.printf(
                Locale.ROOT,
                "What %s buys (objective: %s). Each cell: P50 (P10–P90).%n%n",
                Money.format(c.bestMix().brief().budget()),
                c.bestMix().brief().objective().id());
        String fmt = "%-14s | %-34s | %-34s | %-34s%n";
        out.printf(Locale.ROOT, fmt, "", names[0], names[1], names[2]);
        out.printf(
                Locale.ROOT,
                fmt,
                "creators",
                plans[0].creators(),
                plans[1].creators() == 0 ? "none fits the budget" : plans[1].creators(),
                plans[2].creators());
        out.printf(
                Locale.ROOT,
                fmt,
                "cost",
                Money.cents(plans[0].costCents()),
                Money.cents(plans[1].costCents()),
                Money.cents(plans[2].costCents()));
        for (Figure f : SHOWN) {
            out.printf(
                    Locale.ROOT,
                    fmt,
                    f == Figure.IMPRESSIONS ? "reach (impr.)" : f.label(),
                    cell(plans[0], f),
                    cell(plans[1], f),
                    cell(plans[2], f));
        }
        out.println();
        for (int i = 0; i < plans.length; i++) {
            out.printf(Locale.ROOT, "%s (%s): %s%n", names[i], Money.cents(plans[i].costCents()), creators(plans[i]));
            for (String w : plans[i].warnings()) {
                out.println("  !! " + w);
            }
        }
        out.println();
        out.println("micro only: the best plan of micro-tier creators (the plan `plan` makes for a micro brief); "
                + "one macro: the single macro creator and "
                + "deliverable that brings the most within the budget; best mix: any tiers.");
        out.println("Forecast assumptions: "
                + String.join("; ", c.bestMix().assumptions().subList(0, 3)));
        out.flush();
        return 0;
    }

    /** "instagram:anna (Instagram reel, $310.00), ..." or "none". */
    static String creators(Plan p) {
        if (p.selections().isEmpty()) {
            return "none";
        }
        java.util.Map<String, List<String>> byCreator = new java.util.LinkedHashMap<>();
        for (var s : p.selections()) {
            byCreator
                    .computeIfAbsent(
                            s.candidate().creator() + " [" + s.candidate().countryCode() + ", "
                                    + s.candidate().mainNiche() + "]",
                            k -> new java.util.ArrayList<>())
                    .add(s.deliverable().label() + " " + Money.cents(s.price().pointCents()));
        }
        List<String> parts = new java.util.ArrayList<>();
        byCreator.forEach((who, what) -> parts.add(who + " " + String.join(" + ", what)));
        return String.join("; ", parts);
    }

    private static String cell(Plan p, Figure f) {
        if (p.selections().isEmpty()) {
            return "–";
        }
        Interval i = p.totals().total(f);
        return i == null ? "unknown" : i.describe(f.isMoney());
    }
}
