package io.microscout.cli.planning;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.cli.common.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan as a spreadsheet ({@code plan --csv}, {@code plans show NAME --csv}, the server's export): one row per
 * deliverable with the creator's followers and the forecast's P10/P50/P90 of impressions, conversions and
 * revenue (each an estimate, so named {@code est_...}), then a TOTAL row with the plan's cost and totals.
 * Read from the plan's JSON document (the one {@code plan --json} prints and a saved plan keeps), so a saved plan
 * and a fresh one export alike; columns are documented in docs/exports.md.
 */
public final class PlanCsv {
    /** The figures exported, by their JSON names (docs/planning.md): reach as impressions, sales, revenue. */
    static final List<String> FIGURES = List.of("impressions", "conversions", "revenue");

    private static final List<String> QUANTILES = List.of("p10", "p50", "p90");

    /** Likelihood of a yes and the expected values (likelihood x P50), estimates, when the plan has them. */
    private static final List<String> EXPECTED = List.of("conversions", "revenue");

    private PlanCsv() {}

    public static List<String> columns() {
        List<String> c = new ArrayList<>(List.of(
                "platform", "handle", "deliverable", "price", "price_basis", "reason", "followers", "tier", "country"));
        for (String f : FIGURES) {
            for (String q : QUANTILES) {
                c.add("est_" + f + "_" + q);
            }
        }
        c.add("est_acceptance_likelihood");
        for (String f : EXPECTED) {
            c.add("est_expected_" + f);
        }
        return c;
    }

    /** Writes the plan document's selections and its TOTAL row. */
    public static void write(JsonNode plan, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, columns());
        long followers = 0;
        boolean followersKnown = true;
        for (JsonNode s : plan.path("selections")) {
            List<Object> row = new ArrayList<>();
            row.add(s.path("platform").asText());
            row.add(s.path("handle").asText());
            row.add(s.path("deliverable").asText());
            row.add(s.path("price").asText());
            row.add(s.path("price_basis").asText());
            row.add(s.path("reason").asText());
            JsonNode f = s.get("followers");
            if (f == null || f.isNull()) {
                followersKnown = false; // a plan saved before followers were kept
                row.add("");
            } else {
                followers += f.asLong();
                row.add(f.asLong());
            }
            row.add(s.path("tier").asText(""));
            row.add(s.path("country").isNull() ? "" : s.path("country").asText(""));
            figures(s.path("forecast"), row);
            JsonNode acceptance = s.path("acceptance");
            row.add(
                    acceptance.path("likelihood").isNumber()
                            ? acceptance.path("likelihood").asText()
                            : "");
            expected(acceptance.path("expected_value"), row);
            csv.row(row);
        }
        List<Object> total = new ArrayList<>();
        total.add("TOTAL");
        total.add("");
        total.add(plan.path("selections").size() + " deliverables");
        total.add(plan.path("totals").path("cost").asText());
        total.add("");
        total.add("cost is the exact sum of the prices; the est_ columns are the whole plan's P10/P50/P90 (audience"
                + " overlap counted once), not sums of the lines");
        total.add(followersKnown ? followers : "");
        total.add("");
        total.add("");
        figures(plan.path("totals"), total);
        total.add("");
        expected(plan.path("expected_value"), total);
        csv.row(total);
        csv.flush();
    }

    private static void figures(JsonNode figures, List<Object> row) {
        for (String f : FIGURES) {
            JsonNode iv = figures.path(f);
            for (String q : QUANTILES) {
                JsonNode v = iv.path(q);
                row.add(v.isNumber() ? number(f, v.asDouble()) : "");
            }
        }
    }

    private static void expected(JsonNode values, List<Object> row) {
        for (String f : EXPECTED) {
            JsonNode v = values.path(f);
            row.add(
                    v.isNumber()
                            ? String.format(Locale.ROOT, f.equals("revenue") ? "%.2f" : "%.3f", v.asDouble())
                            : "");
        }
    }

    /** Counts whole, money to the cent. */
    private static String number(String figure, double v) {
        return figure.equals("revenue") ? String.format(Locale.ROOT, "%.2f", v) : Long.toString(Math.round(v));
    }
}
