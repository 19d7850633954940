package io.microscout.discovery;

import io.microscout.creator.CreatorKey;

/**
 * One creator found by the index, with what each retriever thought of it.
 *
 * @param keywordScore       BM25 score of the keywords (0 when the keywords did not match or none were given)
 * @param semanticSimilarity cosine similarity of the query vector and the creator's (null when not computed)
 */
public record IndexHit(CreatorKey key, double keywordScore, Double semanticSimilarity) {}
