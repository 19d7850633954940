package io.microscout.discovery;

/**
 * A search: keywords for BM25, a vector for nearest neighbours (either may be absent), hard filters, and how
 * many candidates to return from each retriever.
 */
public record IndexQuery(String keywords, float[] vector, IndexFilter filter, int candidates) {
    public IndexQuery {
        filter = filter == null ? IndexFilter.none() : filter;
        if (candidates <= 0) {
            throw new IllegalArgumentException("candidates must be positive");
        }
    }
}
