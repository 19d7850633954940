package io.microscout.search;

import io.microscout.creator.CreatorKey;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads back the vectors of live documents stored with a given vector source (see {@code CreatorIndex}). */
final class StoredVectors {
    private StoredVectors() {}

    static Map<CreatorKey, float[]> read(IndexSearcher searcher, Map<CreatorKey, String> sources) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<CreatorKey, float[]> found = new HashMap<>();
        for (Map.Entry<CreatorKey, String> e : sources.entrySet()) {
            TopDocs top = searcher.search(new TermQuery(CreatorDocuments.keyTerm(e.getKey())), 1);
            if (top.scoreDocs.length == 0) {
                continue;
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            float[] vector = vectorIfFrom(leaf, doc - leaf.docBase, e.getValue());
            if (vector != null) {
                found.put(e.getKey(), vector);
            }
        }
        return found;
    }

    private static float[] vectorIfFrom(LeafReaderContext leaf, int doc, String source) throws IOException {
        BinaryDocValues sources = leaf.reader().getBinaryDocValues(CreatorDocuments.VECTOR_SOURCE);
        if (sources == null
                || !sources.advanceExact(doc)
                || !sources.binaryValue().utf8ToString().equals(source)) {
            return null;
        }
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(CreatorDocuments.VECTOR);
        if (vectors == null || vectors.advance(doc) != doc) {
            return null;
        }
        return vectors.vectorValue().clone();
    }
}
