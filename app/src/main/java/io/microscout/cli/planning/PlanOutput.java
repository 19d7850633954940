package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.Plan;
import io.microscout.planning.Selection;
import io.microscout.pricing.Money;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a plan as text for a marketer or as JSON ({@code selections} and {@code totals}). */
public final class PlanOutput {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanOutput() {}

    static void text(Plan plan, PrintWriter out) {
        if (plan.synthetic()) {
            out.println("*** " + plan.candidatesFrom() + " ***");
        } else {
            out.println("Candidates: " + plan.candidatesFrom());
        }
        out.printf(
                Locale.ROOT,
                "Plan \"%s\": budget %s, objective %s (%s)%n",
                plan.brief().name(),
                Money.format(plan.brief().budget()),
                plan.brief().objective().id(),
                plan.brief().objective().measure());
        out.printf(
                Locale.ROOT,
                "%d deliverables from %d creators, cost %s%n%n",
                plan.selections().size(),
                plan.creators(),
                Money.cents(plan.costCents()));
        warnings(plan, out);
        int i = 1;
        for (Selection s : plan.selections()) {
            out.printf(
                    Locale.ROOT,
                    "%3d. %-34s %-26s %s%n     why: %s%n",
                    i++,
                    s.candidate().creator(),
                    s.deliverable().label(),
                    s.price().describe(),
                    s.reason()
                            .replace(" | who can buy: ", "\n     who can buy: ")
                            .replace(" | ", "\n                  "));
            if (s.acceptance() != null) {
                out.printf(
                        Locale.ROOT,
                        "     will they say yes? %s%n       expected value: %s%n",
                        s.acceptance().summary(),
                        expectedText(plan, s));
                s.acceptance().reasons().forEach(r -> out.println("         " + r));
            }
        }
        out.println();
        out.println("Totals: P50 (P10–P90)");
        totalsText(plan.totals().totals(), out, "  ");
        if (plan.selections().stream().anyMatch(s -> s.acceptance() != null)) {
            out.printf(
                    Locale.ROOT,
                    "  %-12s %s (the sum over creators of likelihood of a yes x P50: an estimate)%n",
                    "expected",
                    expectedTotalText(plan));
        }
        out.println("  " + plan.totals().emvFormula());
        if (!plan.topLeftOut().isEmpty()) {
            out.println();
            out.println("Discovery's top 10 for the brief not in the plan, and why:");
            plan.topLeftOut().forEach(l -> out.println("  " + l));
        }
        if (!plan.leftOut().isEmpty()) {
            out.println();
            out.println("Left out:");
            plan.leftOut().forEach((why, n) -> out.printf(Locale.ROOT, "  %,d: %s%n", n, why));
        }
        if (!plan.warnings().isEmpty()) {
            out.println();
            warnings(plan, out);
        }
        out.println();
        out.println("Assumptions:");
        plan.assumptions().forEach(a -> out.println("  " + a));
        out.flush();
    }

    /** Expected loss and unsupported brief fields, before anything else a marketer reads. */
    static void warnings(Plan plan, PrintWriter out) {
        for (String w : plan.warnings()) {
            out.println("!! " + w);
        }
        if (!plan.warnings().isEmpty()) {
            out.println();
        }
    }

    static void totalsText(Map<Figure, Interval> totals, PrintWriter out, String indent) {
        for (Figure f : Figure.values()) {
            Interval iv = totals.get(f);
            if (f == Figure.COST) {
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "%s%-12s %-34s %s%n",
                    indent,
                    f.label(),
                    iv == null ? "unknown" : iv.describe(f.isMoney()),
                    f.formula());
        }
    }

    /** The figures an expected value is given for: the objective's, conversions and revenue. */
    static java.util.List<Figure> expectedFigures(Plan plan) {
        java.util.Set<Figure> figures = new java.util.LinkedHashSet<>();
        for (Figure f : Figure.values()) {
            if (f.id().equals(plan.brief().objective().measure())) {
                figures.add(f);
            }
        }
        figures.add(Figure.CONVERSIONS);
        figures.add(Figure.REVENUE);
        return java.util.List.copyOf(figures);
    }

    private static String expectedText(Plan plan, Selection s) {
        StringBuilder b = new StringBuilder();
        for (Figure f : expectedFigures(plan)) {
            Double v = s.expected(f);
            b.append(b.length() == 0 ? "" : ", ").append(f.label()).append(' ').append(amount(f, v));
        }
        return b
                + String.format(
                        Locale.ROOT,
                        " (%.0f%% likelihood x the forecast's P50; an estimate)",
                        100 * s.acceptance().probability());
    }

    private static String expectedTotalText(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (Figure f : expectedFigures(plan)) {
            b.append(b.length() == 0 ? "" : ", ")
                    .append(f.label())
                    .append(' ')
                    .append(amount(f, expectedTotal(plan, f)));
        }
        return b.toString();
    }

    private static String amount(Figure f, Double v) {
        return v == null ? "unknown" : f.isMoney() ? Money.format(v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The sum of the selections' expected values of a figure, or null when one is unknown. */
    static Double expectedTotal(Plan plan, Figure f) {
        double sum = 0;
        for (Selection s : plan.selections()) {
            Double v = s.expected(f);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    private static void acceptance(Plan plan, Selection s, ObjectNode o) {
        if (s.acceptance() == null) {
            return;
        }
        ObjectNode a = o.putObject("acceptance");
        a.put("estimate", true);
        a.put("likelihood", s.acceptance().probability());
        a.put("summary", s.acceptance().summary());
        s.acceptance().reasons().forEach(a.putArray("reasons")::add);
        ObjectNode ev = a.putObject("expected_value");
        ev.put("estimate", true);
        ev.put("formula", "likelihood of a yes x the forecast's P50");
        for (Figure f : expectedFigures(plan)) {
            Double v = s.expected(f);
            if (v == null) {
                ev.putNull(f.id());
            } else {
                ev.put(f.id(), v);
            }
        }
    }

    public static ObjectNode json(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("candidates_from", plan.candidatesFrom());
        root.put("synthetic", plan.synthetic());
        ObjectNode brief = root.putObject("brief");
        brief.put("name", plan.brief().name());
        brief.put("budget", plan.brief().budget());
        brief.put("objective", plan.brief().objective().id());
        ArrayNode selections = root.putArray("selections");
        for (Selection s : plan.selections()) {
            ObjectNode o = selections.addObject();
            o.put("platform", s.candidate().creator().platform().id());
            o.put("handle", s.candidate().creator().handle());
            o.put("tier", s.candidate().tier().id());
            o.put("followers", s.candidate().followers());
            o.put("deliverable", s.deliverable().id());
            o.put("price", Money.decimal(s.price().pointCents()));
            o.put("price_low", round(s.price().low()));
            o.put("price_high", round(s.price().high()));
            o.put("price_basis", s.price().basis().name().toLowerCase(Locale.ROOT));
            o.put("expected_" + plan.brief().objective().measure(), s.expectedValue());
            o.put("audience", s.audience());
            o.put("reason", s.reason());
            o.put("country", s.candidate().countryCode());
            o.put("main_niche", s.candidate().mainNiche());
            o.set("forecast", figures(s.forecast()));
            acceptance(plan, s, o);
        }
        if (plan.selections().stream().anyMatch(s -> s.acceptance() != null)) {
            ObjectNode ev = root.putObject("expected_value");
            ev.put("estimate", true);
            ev.put("formula", "the sum over creators of likelihood of a yes x the forecast's P50");
            for (Figure f : expectedFigures(plan)) {
                Double v = expectedTotal(plan, f);
                if (v == null) {
                    ev.putNull(f.id());
                } else {
                    ev.put(f.id(), v);
                }
            }
        }
        ObjectNode totals = figures(plan.totals().totals());
        totals.put("cost", Money.decimal(plan.costCents()));
        root.set("totals", totals);
        root.put("objective_value_after_overlap", plan.objectiveValue());
        root.put("emv_formula", plan.totals().emvFormula());
        root.put("seed", plan.seed());
        root.put("draws", plan.totals().draws());
        plan.assumptions().forEach(root.putArray("assumptions")::add);
        ObjectNode left = root.putObject("left_out");
        plan.leftOut().forEach(left::put);
        plan.topLeftOut().forEach(root.putArray("top_left_out")::add);
        plan.warnings().forEach(root.putArray("warnings")::add);
        return root;
    }

    static ObjectNode figures(Map<Figure, Interval> figures) {
        ObjectNode o = JSON.createObjectNode();
        for (Figure f : Figure.values()) {
            Interval iv = figures.get(f);
            if (f == Figure.COST) {
                continue;
            }
            if (iv == null) {
                o.putNull(f.id());
                continue;
            }
            ObjectNode n = o.putObject(f.id());
            put(n, "p10", iv.p10());
            put(n, "p50", iv.p50());
            put(n, "p90", iv.p90());
        }
        return o;
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key); // not finite: e.g. cost per conversion when no conversion is likely
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
