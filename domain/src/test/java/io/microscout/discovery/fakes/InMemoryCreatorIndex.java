package io.microscout.discovery.fakes;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.niche.ContentText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tiny exact index for tests: keyword score = number of distinct query words in the document, cosine on vectors,
 * filter through {@code IndexFilter.admits}. Deliberately leaky when asked ({@link #ignoringFilters()}), to prove
 * that discovery re-checks hard filters itself.
 */
public final class InMemoryCreatorIndex implements CreatorIndex {
    private final Map<CreatorKey, IndexedCreator> docs = new TreeMap<>();
    private final Map<CreatorKey, Set<String>> words = new java.util.HashMap<>();
    private boolean ignoreFilters;

    public InMemoryCreatorIndex ignoringFilters() {
        ignoreFilters = true;
        return this;
    }

    @Override
    public void upsert(Collection<IndexedCreator> creators) {
        creators.forEach(c -> {
            docs.put(c.key(), c);
            words.put(c.key(), new HashSet<>(ContentText.words(c.text())));
        });
    }

    @Override
    public void remove(CreatorKey key) {
        docs.remove(key);
        words.remove(key);
    }

    @Override
    public List<IndexHit> search(IndexQuery q) {
        Set<String> query = new HashSet<>(ContentText.words(q.keywords()));
        Map<CreatorKey, IndexHit> byKeyword = new LinkedHashMap<>();
        Map<CreatorKey, IndexHit> byVector = new LinkedHashMap<>();
        for (IndexedCreator c : docs.values()) {
            if (!ignoreFilters && !q.filter().admits(c)) {
                continue;
            }
            Set<String> doc = words.get(c.key());
            double kw = query.stream().filter(doc::contains).count();
            Double cos = q.vector() == null || c.vector() == null ? null : cosine(q.vector(), c.vector());
            IndexHit hit = new IndexHit(c.key(), kw, cos);
            if (kw > 0) {
                byKeyword.put(c.key(), hit);
            }
            if (cos != null) {
                byVector.put(c.key(), hit);
            }
        }
        Map<CreatorKey, IndexHit> out = new LinkedHashMap<>();
        byKeyword.values().stream()
                .sorted(Comparator.comparingDouble(IndexHit::keywordScore).reversed())
                .limit(q.candidates())
                .forEach(h -> out.put(h.key(), h));
        byVector.values().stream()
                .sorted(Comparator.comparingDouble((IndexHit h) -> h.semanticSimilarity())
                        .reversed())
                .limit(q.candidates())
                .forEach(h -> out.put(h.key(), h));
        return new ArrayList<>(out.values());
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @Override
    public long size() {
        return docs.size();
    }

    @Override
    public void close() {}
}
