package io.microscout.solr;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import io.microscout.search.CreatorTextAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The discovery index on a SolrCloud collection, with the embedded index's document layout and hybrid search:
 * the brief's keywords are analysed by the same {@link CreatorTextAnalyzer} into a disjunction of terms scored by
 * BM25 (global statistics across shards: the config set's {@code ExactStatsCache}); the vector finds its nearest
 * neighbours with Solr's {@code {!knn}} parser over HNSW, with the hard filters as its pre-filter (inside the
 * graph walk), asking for {@code candidates x 2} and keeping the best by exact cosine, as the embedded index does.
 * Then each hit gets both scores: the cosine of the keyword hits ({@code vectorSimilarity}) and the BM25 score of
 * the vector hits (the keyword query restricted to them). Writes are visible before {@link #upsert} returns (a
 * soft commit; the transaction log makes them durable).
 */
public final class SolrCreatorIndex implements CreatorIndex {

    /** kNN asks for this many times the candidates and keeps the best by exact cosine (the embedded default). */
    static final double KNN_OVERSAMPLING = 2.0;

    private static final int MAX_TERMS = 1024;

    private final SolrNodes nodes;
    private final String collection;
    private final CreatorTextAnalyzer analyzer = new CreatorTextAnalyzer();

    private SolrCreatorIndex(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    /** The index at that address; the collection (or alias) must exist (see {@link SolrCluster#ensureIndex}). */
    public static SolrCreatorIndex open(SolrAddress address) {
        return new SolrCreatorIndex(new SolrNodes(address.nodes()), address.collection());
    }

    public String collection() {
        return collection;
    }

    @Override
    public void upsert(Collection<IndexedCreator> creators) {
        add(creators);
        commit(true);
    }

    /** Sends documents without making them visible yet (bulk loading); {@link #commit} publishes them. */
    public void add(Collection<IndexedCreator> creators) {
        if (creators.isEmpty()) {
            return;
        }
        UpdateRequest update = new UpdateRequest();
        creators.forEach(c -> update.add(SolrCreatorDocuments.document(c)));
        send(update, "cannot update the Solr index");
    }

    /** Publishes what was sent: a soft commit (visible, durable by the transaction log) or a hard one. */
    public void commit(boolean soft) {
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true, soft);
        send(commit, "cannot commit to the Solr index");
    }

    @Override
    public void remove(CreatorKey key) {
        UpdateRequest delete = new UpdateRequest();
        delete.deleteById(key.toString());
        send(delete, "cannot update the Solr index");
        commit(true);
    }

    @Override
    public List<IndexHit> search(IndexQuery query) {
        List<String> filters = SolrCreatorDocuments.filterQueries(query.filter());
        String keywords = keywordQuery(query.keywords());
        float[] vector = query.vector() == null ? null : UnitVectors.normalized(query.vector());
        String similarity = vector == null
                ? null
                : "vectorSimilarity(FLOAT32,DOT_PRODUCT," + SolrCreatorDocuments.VECTOR + ","
                        + SolrCreatorDocuments.vectorLiteral(vector) + ")";
        Map<CreatorKey, IndexHit> byKeywords = new LinkedHashMap<>();
        if (keywords != null) {
            for (SolrDocument d : select(keywords, filters, query.candidates(), similarity)) {
                IndexHit hit = new IndexHit(key(d), score(d), similarity(d));
                byKeywords.put(hit.key(), hit);
            }
        }
        List<IndexHit> nearest = new ArrayList<>();
        if (vector != null) {
            int k = (int) Math.ceil(query.candidates() * KNN_OVERSAMPLING);
            String knn = "{!knn f=" + SolrCreatorDocuments.VECTOR + " topK=" + k + "}"
                    + SolrCreatorDocuments.vectorLiteral(vector);
            List<SolrDocument> found = select(knn, filters, k, similarity);
            Map<CreatorKey, Double> bm25 = keywordScores(keywords, found, byKeywords);
            for (SolrDocument d : found) {
                CreatorKey key = key(d);
                nearest.add(new IndexHit(key, bm25.getOrDefault(key, 0.0), similarity(d)));
            }
            nearest.sort(
                    Comparator.comparingDouble(IndexHit::semanticSimilarity).reversed());
        }
        Map<CreatorKey, IndexHit> union = new LinkedHashMap<>(byKeywords);
        nearest.stream().limit(query.candidates()).forEach(h -> union.put(h.key(), h));
        return List.copyOf(union.values());
    }

    /** BM25 of the keywords for the vector hits: known for keyword hits, else the keyword query limited to them. */
    private Map<CreatorKey, Double> keywordScores(
            String keywords, List<SolrDocument> found, Map<CreatorKey, IndexHit> byKeywords) {
        Map<CreatorKey, Double> scores = new LinkedHashMap<>();
        if (keywords == null) {
            return scores;
        }
        List<CreatorKey> missing = new ArrayList<>();
        for (SolrDocument d : found) {
            IndexHit known = byKeywords.get(key(d));
            if (known != null) {
                scores.put(known.key(), known.keywordScore());
            } else {
                missing.add(key(d));
            }
        }
        if (!missing.isEmpty()) {
            String among = SolrCreatorDocuments.anyOf(SolrCreatorDocuments.KEY, missing, CreatorKey::toString);
            for (SolrDocument d : select(keywords, List.of(among), missing.size(), null)) {
                scores.put(key(d), score(d));
            }
        }
        return scores;
    }

    /** Any of the keywords' analysed terms (BM25 sums the matching ones), or null when no term remains. */
    private String keywordQuery(String keywords) {
        List<String> terms = analyzer.terms(keywords).stream()
                .distinct()
                .limit(MAX_TERMS)
                .map(ClientUtils::escapeQueryChars)
                .toList();
        return terms.isEmpty()
                ? null
                : "{!lucene q.op=OR df=" + SolrCreatorDocuments.TEXT + "}" + String.join(" ", terms);
    }

    private SolrDocumentList select(String q, List<String> filters, int rows, String similarity) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        filters.forEach(f -> p.add("fq", f));
        p.set("rows", rows);
        p.set(
                "fl",
                SolrCreatorDocuments.KEY + ",score," + SolrCreatorDocuments.EMBEDDED
                        + (similarity == null ? "" : ",sim:" + similarity));
        QueryRequest request = new QueryRequest(p, SolrRequest.METHOD.POST);
        return (SolrDocumentList) send(request, "Solr search failed").get("response");
    }

    private static CreatorKey key(SolrDocument d) {
        return CreatorKey.parse((String) d.getFirstValue(SolrCreatorDocuments.KEY));
    }

    private static double score(SolrDocument d) {
        return ((Number) d.getFirstValue("score")).doubleValue();
    }

    /** Cosine from Lucene's dot-product score of unit vectors, (1 + cos) / 2; null for a creator with no vector. */
    private static Double similarity(SolrDocument d) {
        Object sim = d.getFirstValue("sim");
        if (sim == null || !Boolean.TRUE.equals(d.getFirstValue(SolrCreatorDocuments.EMBEDDED))) {
            return null;
        }
        return 2 * ((Number) sim).doubleValue() - 1;
    }

    @Override
    public long size() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return ((SolrDocumentList)
                        send(new QueryRequest(p), "Solr search failed").get("response"))
                .getNumFound();
    }

    private NamedList<Object> send(SolrRequest<?> request, String what) {
        try {
            return nodes.request(request, collection);
        } catch (SolrServerException | IOException e) {
            throw new SolrIndexException(what + " (" + collection + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        nodes.close();
    }
}
