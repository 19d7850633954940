package io.microscout.discovery;

/**
 * What orders the candidates of a search. MicroScout's fit score is the product; the two others are the baselines
 * it is measured against on the same candidates and filters (docs/discovery.md, "Evaluation").
 */
public enum Ranker {
    /** The fit score (relevance, audience, authenticity, ...), creators below the relevance floor left out. */
    MICROSCOUT("microscout"),
    /** BM25 of the query's keywords alone (creators with no keyword match left out). */
    BM25("bm25"),
    /** Cosine similarity of the query's and the creator's vectors alone (the embedding model by itself). */
    EMBEDDING("embedding");

    private final String id;

    Ranker(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Ranker parse(String text) {
        for (Ranker r : values()) {
            if (r.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown ranker '" + text + "': expected microscout, bm25 or embedding");
    }
}
