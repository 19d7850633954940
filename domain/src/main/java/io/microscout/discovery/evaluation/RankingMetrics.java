package io.microscout.discovery.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking-quality measures (Manning, Raghavan &amp; Schütze, "Introduction to Information Retrieval", ch. 8;
 * nDCG: Järvelin &amp; Kekäläinen, ACM TOIS 2002, with the exponential gain {@code 2^rel - 1}).
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    /** Share of the first k results that are relevant; missing results count as not relevant (divides by k). */
    public static <T> double precisionAt(int k, List<T> ranked, Set<T> relevant) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive");
        }
        long hits = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) hits / k;
    }

    /**
     * Normalised discounted cumulative gain at k: DCG of the ranking over DCG of the ideal ranking of the graded
     * labels. Null when nothing is relevant (undefined, not 0).
     */
    public static <T> Double ndcgAt(int k, List<T> ranked, Map<T, Integer> grades) {
        double ideal = dcg(grades.values().stream()
                .filter(g -> g > 0)
                .sorted((a, b) -> b - a)
                .limit(k)
                .toList());
        if (ideal == 0) {
            return null;
        }
        List<Integer> gains =
                ranked.stream().limit(k).map(t -> grades.getOrDefault(t, 0)).toList();
        return dcg(gains) / ideal;
    }

    private static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < gains.size(); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
