package io.microscout.discovery.evaluation;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CandidateEvidence;
import io.microscout.discovery.RelevanceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link RelevanceModel} on labelled briefs: a grid of floors, spans, word and niche weights, each scored by the
 * mean nDCG@k of ranking every brief's candidates by relevance alone. Honest by leave-one-brief-out cross-validation:
 * each brief is scored with the parameters chosen on the other briefs, so the reported figure is on briefs the fit
 * did not see. The grid holds word and niche weights of 0 (relevance = the embedding's cosine order), so a fit can
 * never choose to be worse than the embedding alone on the briefs it is fitted on.
 */
public final class RelevanceFit {
    static final double[] FLOORS = {0.0, 0.05, 0.10, 0.15, 0.20, 0.25};
    static final double[] SPANS = {0.3, 0.5, 0.7};
    static final double[] WEIGHTS = {0.0, 0.25, 0.5, 1.0, 2.0};

    /** One brief's candidates with their evidence, and its graded answers. */
    public record Case(String set, String name, List<CandidateEvidence> candidates, Map<CreatorKey, Integer> grades) {}

    /** A model's mean P@k and nDCG@k over some briefs. */
    public record Score(double precision, double ndcg) {}

    /** The fit: parameters chosen on every brief, and the cross-validated scores next to the embedding alone. */
    public record Result(
            RelevanceModel chosen,
            Score embeddingAlone,
            Score chosenInSample,
            Score crossValidated,
            List<String> folds) {
        public String format(int k) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    Locale.ROOT,
                    "%-48s %8s %8s%n",
                    "relevance alone, candidates of each brief",
                    "P@" + k,
                    "nDCG@" + k));
            sb.append(String.format(
                    Locale.ROOT,
                    "%-48s %8.3f %8.3f%n",
                    "embedding alone (cosine order)",
                    embeddingAlone.precision,
                    embeddingAlone.ndcg));
            sb.append(String.format(
                    Locale.ROOT,
                    "%-48s %8.3f %8.3f%n",
                    "fitted, leave-one-brief-out (held-out briefs)",
                    crossValidated.precision,
                    crossValidated.ndcg));
            sb.append(String.format(
                    Locale.ROOT,
                    "%-48s %8.3f %8.3f%n",
                    "fitted on every brief (in sample)",
                    chosenInSample.precision,
                    chosenInSample.ndcg));
            sb.append("chosen on every brief: ").append(chosen).append('\n');
            folds.forEach(f -> sb.append("  ").append(f).append('\n'));
            return sb.toString();
        }
    }

    private RelevanceFit() {}

    public static Result fit(List<Case> cases, int k) {
        if (cases.size() < 2) {
            throw new IllegalArgumentException("fitting needs at least two labelled briefs, got " + cases.size());
        }
        List<RelevanceModel> grid = grid();
        double[][] ndcg = new double[grid.size()][cases.size()];
        double[][] precision = new double[grid.size()][cases.size()];
        for (int g = 0; g < grid.size(); g++) {
            for (int c = 0; c < cases.size(); c++) {
                List<CreatorKey> ranked = rank(grid.get(g), cases.get(c).candidates());
                Map<CreatorKey, Integer> grades = cases.get(c).grades();
                precision[g][c] = RankingMetrics.precisionAt(k, ranked, relevant(grades));
                Double n = RankingMetrics.ndcgAt(k, ranked, grades);
                ndcg[g][c] = n == null ? 0 : n;
            }
        }
        List<String> folds = new ArrayList<>();
        double cvP = 0;
        double cvN = 0;
        for (int held = 0; held < cases.size(); held++) {
            int best = best(ndcg, held);
            cvP += precision[best][held];
            cvN += ndcg[best][held];
            folds.add(String.format(
                    Locale.ROOT,
                    "held out %-28s chosen on the others: %s -> P@%d %.3f, nDCG@%d %.3f",
                    cases.get(held).set() + "/" + cases.get(held).name(),
                    grid.get(best),
                    k,
                    precision[best][held],
                    k,
                    ndcg[best][held]));
        }
        int all = best(ndcg, -1);
        int embedding = 0;
        return new Result(
                grid.get(all),
                mean(precision[embedding], ndcg[embedding]),
                mean(precision[all], ndcg[all]),
                new Score(cvP / cases.size(), cvN / cases.size()),
                folds);
    }

    /** The grid, the embedding alone first (no word or niche weight: cosine order, whatever the floor). */
    static List<RelevanceModel> grid() {
        List<RelevanceModel> out = new ArrayList<>();
        out.add(new RelevanceModel(-1, 2, 0, 0));
        for (double f : FLOORS) {
            for (double s : SPANS) {
                for (double w : WEIGHTS) {
                    for (double n : WEIGHTS) {
                        if (w + n > 0) {
                            out.add(new RelevanceModel(f, s, w, n));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Candidates by the model's relevance, best first (unknown last), ties by cosine, then key. */
    static List<CreatorKey> rank(RelevanceModel model, List<CandidateEvidence> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparingDouble((CandidateEvidence c) -> score(model, c))
                        .thenComparingDouble(c -> c.evidence().cosine() == null
                                ? -2
                                : c.evidence().cosine())
                        .reversed()
                        .thenComparing(CandidateEvidence::key))
                .map(CandidateEvidence::key)
                .toList();
    }

    private static double score(RelevanceModel model, CandidateEvidence c) {
        Double s = model.score(c.evidence());
        return s == null ? -1 : s;
    }

    /** The grid point with the best mean nDCG over every brief but {@code held} (-1: over all); first wins ties. */
    private static int best(double[][] ndcg, int held) {
        int best = 0;
        double bestMean = -1;
        for (int g = 0; g < ndcg.length; g++) {
            double sum = 0;
            int n = 0;
            for (int c = 0; c < ndcg[g].length; c++) {
                if (c != held) {
                    sum += ndcg[g][c];
                    n++;
                }
            }
            if (sum / n > bestMean + 1e-12) {
                bestMean = sum / n;
                best = g;
            }
        }
        return best;
    }

    private static Score mean(double[] precision, double[] ndcg) {
        return new Score(
                java.util.Arrays.stream(precision).average().orElse(0),
                java.util.Arrays.stream(ndcg).average().orElse(0));
    }

    private static java.util.Set<CreatorKey> relevant(Map<CreatorKey, Integer> grades) {
        return grades.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}
