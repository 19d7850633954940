package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The discovery index on embedded Apache Lucene: BM25 over the creator's text, HNSW nearest neighbours over
 * the semantic vector, and exact hard filters applied inside both searches (the kNN search takes the filter
 * as its accept-set, so a selective filter still yields k neighbours; when the filter admits few creators, at
 * most {@link LuceneIndexSettings#exactFilterLimit()}, their vectors are scanned exactly instead).
 * Thread-safe: searches run concurrently through a {@link SearcherManager}; writes are refreshed before
 * {@link #upsert} and {@link #remove} return (near-real-time reopen).
 */
public final class LuceneCreatorIndex implements CreatorIndex {

    private final Directory directory;
    private final LuceneIndexSettings settings;
    private final CreatorTextAnalyzer analyzer = new CreatorTextAnalyzer();
    private final ExecutorService mergeExecutor;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneCreatorIndex(Directory directory, LuceneIndexSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.mergeExecutor = settings.mergeWorkers() > 1 ? Executors.newFixedThreadPool(settings.mergeWorkers()) : null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setCodec(settings.codec(mergeExecutor))
                    .setRAMBufferSizeMB(settings.ramBufferMb())
                    .setRAMPerThreadHardLimitMB((int) Math.min(1945, Math.max(settings.ramBufferMb(), 16)))
                    .setUseCompoundFile(false)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
        }
    }

    /** An index kept in {@code folder} (created when missing; memory-mapped), reopened with its content. */
    public static LuceneCreatorIndex onDisk(Path folder, LuceneIndexSettings settings) {
        try {
            return new LuceneCreatorIndex(FSDirectory.open(folder), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    public static LuceneCreatorIndex inMemory(LuceneIndexSettings settings) {
        return new LuceneCreatorIndex(new ByteBuffersDirectory(), settings);
    }

    public static LuceneCreatorIndex inMemory() {
        return inMemory(LuceneIndexSettings.defaults());
    }

    @Override
    public void upsert(Collection<IndexedCreator> creators) {
        write(() -> {
            for (IndexedCreator c : creators) {
                writer.updateDocument(CreatorDocuments.keyTerm(c.key()), CreatorDocuments.document(c));
            }
        });
    }

    /**
     * Bulk load: upserts on {@code threads} threads (each feeds its own in-memory segment, so HNSW graphs are
     * built in parallel), then commits and refreshes once.
     */
    public void load(List<IndexedCreator> creators, int threads) {
        int n = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                List<IndexedCreator> part = creators.subList(creators.size() * t / n, creators.size() * (t + 1) / n);
                futures.add(pool.submit(() -> {
                    for (IndexedCreator c : part) {
                        writer.updateDocument(CreatorDocuments.keyTerm(c.key()), CreatorDocuments.document(c));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            write(() -> {});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Merges down to at most {@code segments} segments (fewer HNSW graphs per search, at a build cost). */
    public void forceMerge(int segments) {
        write(() -> writer.forceMerge(segments));
    }

    @Override
    public void remove(CreatorKey key) {
        write(() -> writer.deleteDocuments(CreatorDocuments.keyTerm(key)));
    }

    @Override
    public List<IndexHit> search(IndexQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    // Lucene 9.12 deprecates search(Query, Collector) in favour of a CollectorManager (for searching segments in
    // parallel); the exact nearest-vector scan runs on small filtered sets (exactFilterLimit) in the caller's thread.
    @SuppressWarnings("deprecation")
    private List<IndexHit> search(IndexSearcher searcher, IndexQuery query) throws IOException {
        Query filter = CreatorDocuments.filterQuery(query.filter());
        Query keywords = keywordQuery(query.keywords());
        float[] vector = query.vector() == null ? null : UnitVectors.normalized(query.vector());
        Set<Integer> keywordDocs = new LinkedHashSet<>();
        Weight keywordWeight = null;
        if (keywords != null) {
            Query filtered = filter == null
                    ? keywords
                    : new BooleanQuery.Builder()
                            .add(keywords, Occur.MUST)
                            .add(filter, Occur.FILTER)
                            .build();
            for (ScoreDoc sd : searcher.search(filtered, query.candidates()).scoreDocs) {
                keywordDocs.add(sd.doc);
            }
            keywordWeight = searcher.createWeight(searcher.rewrite(keywords), ScoreMode.COMPLETE, 1f);
        }
        Set<Integer> vectorDocs = new LinkedHashSet<>();
        if (vector != null) {
            int k = settings.knnK(query.candidates());
            if (filter != null && searcher.count(filter) <= settings.exactFilterLimit()) {
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
        Set<Integer> all = new LinkedHashSet<>(keywordDocs);
        all.addAll(vectorDocs);
        Map<Integer, IndexHit> hits = HitDetails.describe(
                searcher, all.stream().mapToInt(Integer::intValue).toArray(), keywordWeight, vector);
        // The oversampled kNN candidates are re-ranked by their exact cosine; the best `candidates` are kept.
        Stream<IndexHit> nearest = vectorDocs.stream()
                .map(hits::get)
                .sorted(Comparator.comparingDouble(IndexHit::semanticSimilarity).reversed())
                .limit(query.candidates());
        Map<CreatorKey, IndexHit> union = new LinkedHashMap<>();
        keywordDocs.forEach(doc -> union.put(hits.get(doc).key(), hits.get(doc)));
        nearest.forEach(hit -> union.put(hit.key(), hit));
        return List.copyOf(union.values());
    }

    /** Any of the keywords' terms (BM25 sums the matching ones), or null when no searchable term remains. */
    private Query keywordQuery(String keywords) {
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

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments currently searched (each holds its own HNSW graph). */
    public int segmentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the committed index files. */
    public long sizeInBytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            if (mergeExecutor != null) {
                mergeExecutor.shutdown();
            }
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Runs a write, commits it (durable on disk) and reopens the searcher so that it is visible. */
    private void write(Write w) {
        try {
            w.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }
}
