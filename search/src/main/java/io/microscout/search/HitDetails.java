package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.UnitVectors;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Completes the hits of both retrievers so the ranker always has both scores: the key, the exact cosine
 * similarity from the creator's stored vector (also for hits found only by keywords), and the BM25 score of
 * the keywords (also for hits found only by vector; 0 when the keywords do not match).
 * Reads each segment once, in document order, as Lucene's doc-values and vector iterators require.
 */
final class HitDetails {

    private HitDetails() {}

    /**
     * @return each document's hit, by top-level document id
     * @param docs          top-level document ids, distinct
     * @param keywordScores BM25 scores already known (the keyword search's own hits), by top-level document id
     * @param keywordWeight the keyword query's weight for the other documents, or null when they score 0 (no
     *                      keywords) or there are none
     * @param vector        the unit query vector, or null
     */
    static Map<Integer, IndexHit> describe(
            IndexSearcher searcher, int[] docs, Map<Integer, Float> keywordScores, Weight keywordWeight, float[] vector)
            throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, IndexHit> hits = new HashMap<>();
        int i = 0;
        while (i < sorted.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            BinaryDocValues keys = DocValues.getBinary(leaf.reader(), CreatorDocuments.KEY);
            FloatVectorValues vectors =
                    vector == null ? null : leaf.reader().getFloatVectorValues(CreatorDocuments.VECTOR);
            Scorer scorer = keywordWeight == null ? null : keywordWeight.scorer(leaf);
            DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
            for (; i < sorted.length && sorted[i] < end; i++) {
                int doc = sorted[i] - leaf.docBase;
                if (!keys.advanceExact(doc)) {
                    throw new IllegalStateException("indexed document without a key: " + sorted[i]);
                }
                CreatorKey key = CreatorKey.parse(keys.binaryValue().utf8ToString());
                Double similarity = at(vectors, doc) ? UnitVectors.dot(vector, vectors.vectorValue()) : null;
                Float known = keywordScores.get(sorted[i]);
                double keywordScore = known != null ? known : at(matches, doc) ? scorer.score() : 0.0;
                hits.put(sorted[i], new IndexHit(key, keywordScore, similarity));
            }
        }
        return hits;
    }

    private static boolean at(DocIdSetIterator it, int doc) throws IOException {
        if (it == null) {
            return false;
        }
        int current = it.docID() < doc ? it.advance(doc) : it.docID();
        return current == doc;
    }
}
