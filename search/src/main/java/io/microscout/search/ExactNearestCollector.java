package io.microscout.search;

import java.io.IOException;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.VectorUtil;

/**
 * Exact nearest neighbours among the documents a filter admits: reads each admitted document's vector and keeps
 * the best k by dot product (cosine, vectors being unit length). Used instead of the HNSW graph when a filter
 * admits few documents: a graph walk restricted to a small, scattered accept-set can stop early in the wrong
 * region, while scanning a few thousand vectors is exact and takes about a millisecond.
 */
final class ExactNearestCollector extends SimpleCollector {

    private record Scored(int doc, float score) {}

    private final float[] query;
    private final int k;
    private final PriorityQueue<Scored> best;
    private FloatVectorValues vectors;
    private int docBase;

    ExactNearestCollector(float[] query, int k) {
        this.query = query;
        this.k = k;
        this.best = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(a.score(), b.score()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        vectors = context.reader().getFloatVectorValues(CreatorDocuments.VECTOR);
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (vectors == null || (vectors.docID() < doc ? vectors.advance(doc) : vectors.docID()) != doc) {
            return; // no vector
        }
        float score = VectorUtil.dotProduct(query, vectors.vectorValue());
        if (best.size() < k) {
            best.add(new Scored(docBase + doc, score));
        } else if (score > best.peek().score()) {
            best.poll();
            best.add(new Scored(docBase + doc, score));
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Top-level ids of the nearest documents seen. */
    int[] nearest() {
        return best.stream().mapToInt(Scored::doc).toArray();
    }
}
