package io.microscout.discovery;

/**
 * What relevance reads of one creator for one query, each part 0..1 or null when it cannot be known.
 *
 * @param cosine   cosine similarity of the brief's and the creator's vectors (null: no vector on either side)
 * @param keywords BM25 score of the query's keywords relative to the best hit of the same query (null: no
 *                 keywords were searched)
 * @param posts    share of recent posts carrying a query keyword, {@code min(1, share / 0.4)} (null: no posts or no
 *                 keywords)
 * @param niche    confidence of the best query niche detected in the creator's words (null: the query names none)
 */
public record RelevanceEvidence(Double cosine, Double keywords, Double posts, Double niche) {

    /** The word evidence: the mean of the keyword parts that are known, or null when none is. */
    public Double words() {
        if (keywords == null && posts == null) {
            return null;
        }
        if (keywords == null || posts == null) {
            return keywords != null ? keywords : posts;
        }
        return (keywords + posts) / 2;
    }
}
