package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.UnitVectors;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/** One search of {@link LuceneCreatorIndex} on one searcher: keywords (BM25) and nearest vectors, both filtered. */
final class HybridSearch {
    private HybridSearch() {}

    // Lucene 9.12 deprecates search(Query, Collector) in favour of a CollectorManager (for searching segments in
    // parallel); the exact nearest-vector scan runs on small filtered sets (exactFilterLimit) in the caller's thread.
    @SuppressWarnings("deprecation")
    static List<IndexHit> run(
            IndexSearcher searcher, IndexQuery query, CreatorTextAnalyzer analyzer, LuceneIndexSettings settings)
            throws IOException {
        Query keywords = keywordQuery(analyzer, query.keywords());
        float[] vector = query.vector() == null ? null : UnitVectors.normalized(query.vector());
        Query filterQuery = CreatorDocuments.filterQuery(query.filter());
        // with a vector the admitted documents are needed whole (counted, the kNN's accept set), so they are worked
        // out once and shared; keywords alone keep the lazy filter, which the postings lead
        AdmittedDocs admitted = filterQuery == null || vector == null ? null : AdmittedDocs.of(searcher, filterQuery);
        Query filter = admitted != null ? admitted : filterQuery;
        Map<Integer, Float> keywordHits = new LinkedHashMap<>(); // document -> BM25, best first
        Weight keywordWeight = null;
        if (keywords != null) {
            Query filtered = filter == null
                    ? keywords
                    : new BooleanQuery.Builder()
                            .add(keywords, Occur.MUST)
                            .add(filter, Occur.FILTER)
                            .build();
            // no total hit count is needed, so BM25 may skip documents that cannot enter the top N as soon as N are
            // collected (Lucene's default counts the first 1,000 hits exactly before it prunes)
            int n = Math.min(
                    query.candidates(), Math.max(1, searcher.getIndexReader().maxDoc()));
            for (ScoreDoc sd : searcher.search(filtered, new TopScoreDocCollectorManager(n, n)).scoreDocs) {
                keywordHits.put(sd.doc, sd.score); // the filter clauses add nothing to the score
            }
            if (vector != null) { // creators found only by meaning still get their BM25 score
                keywordWeight = searcher.createWeight(searcher.rewrite(keywords), ScoreMode.COMPLETE, 1f);
            }
        }
        Set<Integer> vectorDocs = new LinkedHashSet<>();
        if (vector != null) {
            int k = settings.knnK(query.candidates());
            if (admitted != null && admitted.count() <= settings.exactFilterLimit()) {
                ExactNearestCollector exact = new ExactNearestCollector(vector, k);
                searcher.search(filter, exact);
                for (int doc : exact.nearest()) {
                    vectorDocs.add(doc);
                }
            } else {
                Query knn = new KnnFloatVectorQuery(CreatorDocuments.VECTOR, vector, k, filter);
                for (ScoreDoc sd : searcher.search(knn, k).scoreDocs) {
                    vectorDocs.add(sd.doc);
                }
            }
        }
        Set<Integer> all = new LinkedHashSet<>(keywordHits.keySet());
        all.addAll(vectorDocs);
        Map<Integer, IndexHit> hits = HitDetails.describe(
                searcher, all.stream().mapToInt(Integer::intValue).toArray(), keywordHits, keywordWeight, vector);
        // The oversampled kNN candidates are re-ranked by their exact cosine; the best `candidates` are kept.
        Stream<IndexHit> nearest = vectorDocs.stream()
                .map(hits::get)
                .sorted(Comparator.comparingDouble(IndexHit::semanticSimilarity).reversed())
                .limit(query.candidates());
        Map<CreatorKey, IndexHit> union = new LinkedHashMap<>();
        keywordHits.keySet().forEach(doc -> union.put(hits.get(doc).key(), hits.get(doc)));
        nearest.forEach(hit -> union.put(hit.key(), hit));
        return List.copyOf(union.values());
    }

    /** Any of the keywords' terms (BM25 sums the matching ones), or null when no searchable term remains. */
    private static Query keywordQuery(CreatorTextAnalyzer analyzer, String keywords) {
        List<String> terms = analyzer.terms(keywords).stream()
                .distinct()
                .limit(IndexSearcher.getMaxClauseCount())
                .toList();
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String term : terms) {
            b.add(new TermQuery(new Term(CreatorDocuments.TEXT, term)), Occur.SHOULD);
        }
        return b.build();
    }
}
