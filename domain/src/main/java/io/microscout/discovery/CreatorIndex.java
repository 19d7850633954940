package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The discovery index: keyword (BM25) and semantic (nearest-neighbour) retrieval under exact hard filters.
 * Implementations: embedded Lucene (default), an exact brute-force scan (the recall reference), and later
 * OpenSearch. Kept up to date as imports arrive.
 */
public interface CreatorIndex extends AutoCloseable {

    /** Adds or replaces these creators' documents, and makes them searchable. */
    void upsert(Collection<IndexedCreator> creators);

    void remove(CreatorKey key);

    /**
     * The vectors this index holds for these creators whose documents were stored with exactly this
     * {@link IndexedCreator#vectorSource} (the same embedder over the same text), by creator; creators not held, or
     * held with another source or none, are left out. An index that keeps no sources returns none (the default),
     * and every text is embedded again.
     */
    default Map<CreatorKey, float[]> storedVectors(Map<CreatorKey, String> sources) {
        return Map.of();
    }

    /**
     * The union of the best {@code query.candidates()} by keywords and the best by vector, all passing the
     * filter, each with both scores where known. Order is not significant: ranking is the caller's.
     */
    List<IndexHit> search(IndexQuery query);

    long size();

    @Override
    void close();
}
