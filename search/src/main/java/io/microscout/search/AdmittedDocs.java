package io.microscout.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a brief's hard filters admit on one searcher, worked out once per search and then used as the filter
 * of each retriever. Before, the filter query ran three times per brief (counted to choose the exact scan, again
 * inside the keyword search, again as the kNN query's accept set); on the 1,000,000-creator index a range over
 * followers reads hundreds of thousands of document ids from the points tree each time, and a JFR profile of the
 * query phase put 25% of the samples in the count and 9% in the kNN's bitset (docs/search.md). As a query it
 * hands each segment's bits out as a {@link BitSetIterator}, which Lucene's kNN query takes as its accept set
 * without copying when the segment has no deletions.
 */
final class AdmittedDocs extends Query {
    private final IndexReader reader;
    private final FixedBitSet[] bits;
    private final int[] counts;
    private final int total;

    private AdmittedDocs(IndexReader reader, FixedBitSet[] bits, int[] counts, int total) {
        this.reader = reader;
        this.bits = bits;
        this.counts = counts;
        this.total = total;
    }

    /** Runs the filter once over every segment of the searcher, live documents only. */
    static AdmittedDocs of(IndexSearcher searcher, Query filter) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        int total = 0;
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : leaves) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            FixedBitSet admitted = new FixedBitSet(leaf.reader().maxDoc());
            scorer.score(
                    new LeafCollector() {
                        @Override
                        public void setScorer(Scorable s) {}

                        @Override
                        public void collect(int doc) {
                            admitted.set(doc);
                        }
                    },
                    leaf.reader().getLiveDocs(),
                    0,
                    DocIdSetIterator.NO_MORE_DOCS);
            bits[leaf.ord] = admitted;
            counts[leaf.ord] = admitted.cardinality();
            total += counts[leaf.ord];
        }
        return new AdmittedDocs(searcher.getIndexReader(), bits, counts, total);
    }

    /** How many live documents the filter admits. */
    int count() {
        return total;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                FixedBitSet admitted = bitsOf(context);
                if (admitted == null || counts[context.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(
                        this, score(), scoreMode, new BitSetIterator(admitted, counts[context.ord]));
            }

            @Override
            public int count(LeafReaderContext context) {
                return bitsOf(context) == null ? 0 : counts[context.ord];
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // one search's answer, not worth keeping
            }
        };
    }

    private FixedBitSet bitsOf(LeafReaderContext context) {
        if (ReaderUtil.getTopLevelContext(context).reader() != reader || context.ord >= bits.length) {
            throw new IllegalStateException("admitted documents of another index reader");
        }
        return bits[context.ord];
    }

    @Override
    public String toString(String field) {
        return "AdmittedDocs(" + total + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
