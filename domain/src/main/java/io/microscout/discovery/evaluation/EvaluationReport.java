package io.microscout.discovery.evaluation;

import java.util.List;
import java.util.Locale;

/** Ranking quality of discovery on one labelled set: per brief and on average. */
public record EvaluationReport(String setName, String labelling, int k, int n, List<CaseResult> cases) {

    /** One brief's result; ndcg is null when the brief had no relevant creator. */
    public record CaseResult(String name, int relevant, int returned, double precision, Double ndcg) {}

    public EvaluationReport {
        cases = List.copyOf(cases);
    }

    public double meanPrecision() {
        return cases.stream().mapToDouble(CaseResult::precision).average().orElse(Double.NaN);
    }

    public double meanNdcg() {
        return cases.stream()
                .filter(c -> c.ndcg() != null)
                .mapToDouble(CaseResult::ndcg)
                .average()
                .orElse(Double.NaN);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(setName).append(": ").append(labelling).append('\n');
        sb.append(String.format(
                Locale.ROOT, "%-32s %8s %8s %8s %8s%n", "brief", "relevant", "returned", "P@" + k, "nDCG@" + n));
        for (CaseResult c : cases) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-32s %8d %8d %8.3f %8s%n",
                    c.name(),
                    c.relevant(),
                    c.returned(),
                    c.precision(),
                    c.ndcg() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", c.ndcg())));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%-32s %8s %8s %8.3f %8.3f%n",
                "mean (" + cases.size() + " briefs)",
                "",
                "",
                meanPrecision(),
                meanNdcg()));
        return sb.toString();
    }
}
