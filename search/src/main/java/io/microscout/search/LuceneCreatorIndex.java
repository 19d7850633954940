package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The discovery index on embedded Apache Lucene: BM25 over the creator's text, HNSW nearest neighbours over
 * the semantic vector, and exact hard filters applied inside both searches (the kNN search takes the filter
 * as its accept-set, so a selective filter still yields k neighbours; when the filter admits few creators, at
 * most {@link LuceneIndexSettings#exactFilterLimit()}, their vectors are scanned exactly instead).
 * Thread-safe: searches run concurrently through a {@link SearcherManager} over the last commit.
 *
 * <p>Shared by processes: no writer is held between writes ({@link IndexWriting}), so any number of processes
 * search one index folder while one of them writes; every search first reopens the reader when a newer commit
 * exists ({@code DirectoryReader.openIfChanged}), so another process's import is visible in the next search.
 * Writes are committed (durable) and visible in this process before {@link #upsert} and {@link #remove} return.
 */
public final class LuceneCreatorIndex implements CreatorIndex {

    /** How long a writer waits for another process's write lock before giving up. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final Directory directory;
    private final LuceneIndexSettings settings;
    private final CreatorTextAnalyzer analyzer = new CreatorTextAnalyzer();
    private final ExecutorService mergeExecutor;
    private final IndexWriting writing;
    private SearcherManager searchers; // null until the folder holds a commit

    private LuceneCreatorIndex(Directory directory, LuceneIndexSettings settings, String where, Duration lockWait) {
        this.directory = directory;
        this.settings = settings;
        this.mergeExecutor = settings.mergeWorkers() > 1 ? Executors.newFixedThreadPool(settings.mergeWorkers()) : null;
        this.writing = new IndexWriting(directory, this::writerConfig, lockWait, where);
    }

    private IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(analyzer)
                .setCodec(settings.codec(mergeExecutor))
                .setRAMBufferSizeMB(settings.ramBufferMb())
                .setRAMPerThreadHardLimitMB((int) Math.min(1945, Math.max(settings.ramBufferMb(), 16)))
                .setUseCompoundFile(false)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** An index kept in {@code folder} (created by the first write; memory-mapped), read from its last commit. */
    public static LuceneCreatorIndex onDisk(Path folder, LuceneIndexSettings settings) {
        return onDisk(folder, settings, LOCK_WAIT);
    }

    /** As {@link #onDisk(Path, LuceneIndexSettings)}, a writer waiting {@code lockWait} for another's lock. */
    public static LuceneCreatorIndex onDisk(Path folder, LuceneIndexSettings settings, Duration lockWait) {
        try {
            return new LuceneCreatorIndex(FSDirectory.open(folder), settings, folder.toString(), lockWait);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    public static LuceneCreatorIndex inMemory(LuceneIndexSettings settings) {
        return new LuceneCreatorIndex(new ByteBuffersDirectory(), settings, "memory", LOCK_WAIT);
    }

    public static LuceneCreatorIndex inMemory() {
        return inMemory(LuceneIndexSettings.defaults());
    }

    /** Told (once per write) when this process waits for another process's write lock. */
    public void onWaitForLock(Consumer<String> notice) {
        writing.onWait(notice);
    }

    @Override
    public void upsert(Collection<IndexedCreator> creators) {
        write(w -> {
            for (IndexedCreator c : creators) {
                w.updateDocument(CreatorDocuments.keyTerm(c.key()), CreatorDocuments.document(c));
            }
        });
    }

    /**
     * Replaces every document with those {@code body} upserts, in one commit of one segment (one HNSW graph to
     * search): searches (here and in other processes) see the old index until it is complete, and a failure or a
     * kill leaves the old one. Runs only when
     * {@code whenDocuments} accepts the number of documents found once the write lock is held (e.g. "still
     * empty", when another process may have built it meanwhile); returns whether it ran.
     */
    public boolean replaceAll(LongPredicate whenDocuments, Runnable body) {
        try {
            boolean ran = writing.session(whenDocuments, true, w -> body.run());
            refresh();
            return ran;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Bulk load: upserts on {@code threads} threads (each feeds its own in-memory segment, so HNSW graphs are
     * built in parallel), then commits and refreshes once.
     */
    public void load(List<IndexedCreator> creators, int threads) {
        int n = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            writing.session(docs -> true, false, writer -> {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    List<IndexedCreator> part =
                            creators.subList(creators.size() * t / n, creators.size() * (t + 1) / n);
                    futures.add(pool.submit(() -> {
                        for (IndexedCreator c : part) {
                            writer.updateDocument(CreatorDocuments.keyTerm(c.key()), CreatorDocuments.document(c));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    await(f);
                }
            });
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the search index: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the index failed: " + e.getCause(), e.getCause());
        }
    }

    /** Merges down to at most {@code segments} segments (fewer HNSW graphs per search, at a build cost). */
    public void forceMerge(int segments) {
        write(w -> w.forceMerge(segments));
    }

    @Override
    public void remove(CreatorKey key) {
        write(w -> w.deleteDocuments(CreatorDocuments.keyTerm(key)));
    }

    @Override
    public Map<CreatorKey, float[]> storedVectors(Map<CreatorKey, String> sources) {
        try {
            SearcherManager m = current();
            if (m == null || sources.isEmpty()) {
                return Map.of();
            }
            IndexSearcher searcher = m.acquire();
            try {
                return StoredVectors.read(searcher, sources);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's vectors: " + e.getMessage(), e);
        }
    }

    @Override
    public List<IndexHit> search(IndexQuery query) {
        try {
            SearcherManager m = current();
            if (m == null) {
                return List.of();
            }
            IndexSearcher searcher = m.acquire();
            try {
                return HybridSearch.run(searcher, query, analyzer, settings);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long size() {
        return readLast(reader -> reader.numDocs());
    }

    /** Segments currently searched (each holds its own HNSW graph). */
    public int segmentCount() {
        return readLast(reader -> reader.leaves().size());
    }

    private int readLast(java.util.function.ToIntFunction<IndexReader> what) {
        try {
            SearcherManager m = current();
            if (m == null) {
                return 0;
            }
            IndexSearcher searcher = m.acquire();
            try {
                return what.applyAsInt(searcher.getIndexReader());
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The searchers over the newest commit (reopened when another writer committed since), or null: no index yet. */
    private SearcherManager current() throws IOException {
        SearcherManager m = manager();
        if (m != null) {
            m.maybeRefresh();
        }
        return m;
    }

    private synchronized SearcherManager manager() throws IOException {
        if (searchers == null && DirectoryReader.indexExists(directory)) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    /** After this process's own commit: visible before the write returns. */
    private void refresh() throws IOException {
        SearcherManager m = manager();
        if (m != null) {
            m.maybeRefreshBlocking();
        }
    }

    /**
     * Copies the files of the last commit into {@code target} (a new or empty folder) and returns the documents it
     * holds; 0, copying nothing, when there is no index yet. The write lock is held meanwhile, so no writer
     * (here or in another process) deletes a file being copied: a consistent snapshot.
     */
    public long copyTo(Path target) {
        return IndexSnapshot.copy(directory, writing, target);
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
            synchronized (this) {
                if (searchers != null) {
                    searchers.close();
                    searchers = null;
                }
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            if (mergeExecutor != null) {
                mergeExecutor.shutdown();
            }
        }
    }

    /** Runs a write, commits it (durable on disk) and reopens the searcher so that it is visible. */
    private void write(IndexWriting.Work w) {
        try {
            writing.write(w);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }
}
