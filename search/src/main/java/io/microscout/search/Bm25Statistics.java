package io.microscout.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus statistics for BM25 (Robertson &amp; Zaragoza 2009) over term ids, with Lucene's defaults and form
 * ({@code BM25Similarity}: k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + 0.5) / (df + 0.5)), no (k1 + 1) factor)
 * so that exact and Lucene keyword scores are comparable (Lucene stores document lengths lossily, so they
 * differ slightly). Not thread-safe: the owner locks.
 */
final class Bm25Statistics {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] documentFrequency = new int[1024];
    private long documents;
    private long totalLength;

    /** Counts a document's terms and returns them as ids (the document's compact form). */
    int[] add(List<String> terms) {
        int[] out = new int[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(terms.get(i), t -> ids.size());
        }
        if (ids.size() > documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, Math.max(ids.size(), documentFrequency.length * 2));
        }
        for (int id : distinct(out)) {
            documentFrequency[id]++;
        }
        documents++;
        totalLength += out.length;
        return out;
    }

    void remove(int[] terms) {
        for (int id : distinct(terms)) {
            documentFrequency[id]--;
        }
        documents--;
        totalLength -= terms.length;
    }

    /** The query's known terms with their idf, ready to score documents. */
    QueryTerms query(List<String> terms) {
        int[] known = distinct(
                terms.stream().filter(ids::containsKey).mapToInt(ids::get).toArray());
        double[] idf = new double[known.length];
        for (int i = 0; i < known.length; i++) {
            double df = documentFrequency[known[i]];
            idf[i] = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        }
        double averageLength = documents == 0 ? 1 : Math.max(1e-9, (double) totalLength / documents);
        return new QueryTerms(known, idf, averageLength);
    }

    record QueryTerms(int[] terms, double[] idf, double averageLength) {
        /** BM25 of a document given as term ids; 0 when no query term occurs in it. */
        double score(int[] document) {
            double score = 0;
            for (int q = 0; q < terms.length; q++) {
                int tf = 0;
                for (int t : document) {
                    if (t == terms[q]) {
                        tf++;
                    }
                }
                if (tf > 0) {
                    score += idf[q] * tf / (tf + K1 * (1 - B + B * document.length / averageLength));
                }
            }
            return score;
        }
    }

    private static int[] distinct(int[] ids) {
        return Arrays.stream(ids).distinct().toArray();
    }
}
