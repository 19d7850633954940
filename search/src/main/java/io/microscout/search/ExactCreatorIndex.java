package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The recall reference: scans every creator in memory, tests the filter with {@link
 * io.microscout.discovery.IndexFilter#admits}, and ranks by exact cosine similarity and by BM25 over the same
 * terms as the Lucene index ({@link CreatorTextAnalyzer}). Exact, and linear in the catalog: for checking the
 * approximate index and for small catalogs, not for serving large ones.
 */
public final class ExactCreatorIndex implements CreatorIndex {

    private record Entry(IndexedCreator creator, float[] unit, int[] terms) {}

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<CreatorKey, Entry> entries = new LinkedHashMap<>();
    private final Bm25Statistics bm25 = new Bm25Statistics();
    private final CreatorTextAnalyzer analyzer = new CreatorTextAnalyzer();

    @Override
    public void upsert(Collection<IndexedCreator> creators) {
        lock.writeLock().lock();
        try {
            for (IndexedCreator c : creators) {
                removeLocked(c.key());
                int[] terms = bm25.add(analyzer.terms(c.text()));
                entries.put(c.key(), new Entry(c, unit(c.vector()), terms));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void remove(CreatorKey key) {
        lock.writeLock().lock();
        try {
            removeLocked(key);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeLocked(CreatorKey key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bm25.remove(old.terms());
        }
    }

    @Override
    public List<IndexHit> search(IndexQuery query) {
        float[] vector = query.vector() == null ? null : UnitVectors.normalized(query.vector());
        lock.readLock().lock();
        try {
            Bm25Statistics.QueryTerms keywords = bm25.query(analyzer.terms(query.keywords()));
            int n = query.candidates();
            PriorityQueue<Scored> byKeywords = new PriorityQueue<>(n + 1);
            PriorityQueue<Scored> byVector = new PriorityQueue<>(n + 1);
            for (Entry e : entries.values()) {
                if (!query.filter().admits(e.creator())) {
                    continue;
                }
                double keywordScore = keywords.score(e.terms());
                Double similarity = vector == null || e.unit() == null ? null : UnitVectors.dot(vector, e.unit());
                IndexHit hit = new IndexHit(e.creator().key(), keywordScore, similarity);
                if (keywordScore > 0) {
                    offer(byKeywords, new Scored(keywordScore, hit), n);
                }
                if (similarity != null) {
                    offer(byVector, new Scored(similarity, hit), n);
                }
            }
            Map<CreatorKey, IndexHit> union = new LinkedHashMap<>();
            byKeywords.forEach(s -> union.put(s.hit().key(), s.hit()));
            byVector.forEach(s -> union.put(s.hit().key(), s.hit()));
            return List.copyOf(union.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    private record Scored(double score, IndexHit hit) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored o) {
            return Double.compare(score, o.score);
        }
    }

    private static void offer(PriorityQueue<Scored> best, Scored s, int n) {
        if (best.size() < n) {
            best.add(s);
        } else if (s.score() > best.peek().score()) {
            best.poll();
            best.add(s);
        }
    }

    private static float[] unit(float[] v) {
        if (v == null) {
            return null;
        }
        double norm2 = UnitVectors.dot(v, v);
        return Math.abs(norm2 - 1) < 1e-4 ? v : UnitVectors.normalized(v); // keep already-unit vectors: no copy
    }

    @Override
    public long size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {}
}
