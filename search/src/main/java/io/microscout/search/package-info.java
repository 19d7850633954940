/**
 * The embedded discovery index behind the domain's {@code CreatorIndex}: Lucene with BM25 over creator text,
 * HNSW vectors for meaning and exact filters inside the vector search; an exact brute-force index is the recall
 * reference.
 */
package io.microscout.search;
