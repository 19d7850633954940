package io.microscout.search;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index's one {@link IndexWriter}, held only while writing. Lucene allows one writer per index folder (its
 * {@code write.lock}), across processes; readers need no lock. So a command that only searches never takes the
 * lock, and one that writes takes it for the write and lets go at once: a server and CLI commands on one home
 * share the index. A writer that finds the lock taken waits (another process is importing or rebuilding), says
 * so once, and gives up with a plain message after {@code lockWait}.
 */
final class IndexWriting {

    /** A write against the held writer. */
    interface Work {
        void run(IndexWriter writer) throws IOException;
    }

    private static final long RETRY_MILLIS = 200;
    private final Directory directory;
    private final Supplier<IndexWriterConfig> config;
    private final Duration lockWait;
    private final String where;
    private volatile Consumer<String> waitNotice = message -> {};
    private IndexWriter session; // non-null while a session holds the writer (its writes commit at its end)

    IndexWriting(Directory directory, Supplier<IndexWriterConfig> config, Duration lockWait, String where) {
        this.directory = directory;
        this.config = config;
        this.lockWait = lockWait;
        this.where = where;
    }

    void onWait(Consumer<String> notice) {
        this.waitNotice = notice;
    }

    /** One write, committed before it returns; inside a session it joins the session's commit instead. */
    synchronized void write(Work work) throws IOException {
        if (session != null) {
            work.run(session);
            return;
        }
        IndexWriter writer = open();
        try {
            work.run(writer);
            writer.commit();
        } catch (IOException | RuntimeException | Error e) {
            writer.rollback();
            throw e;
        }
        writer.close();
    }

    /**
     * Holds the writer while {@code body} runs, when {@code whenDocuments} accepts the documents the index holds
     * once the writer is ours; every write in it is committed together at the end (readers see the old index until
     * then; a failure rolls everything back). With {@code replace} every earlier document is deleted in that same
     * commit, and the new ones are merged into one segment before it. Returns false when {@code whenDocuments}
     * declined (someone else did the work while we waited).
     */
    synchronized boolean session(LongPredicate whenDocuments, boolean replace, Work body) throws IOException {
        if (session != null) {
            throw new IllegalStateException("the search index is already being rewritten in this process");
        }
        IndexWriter writer = open();
        try {
            if (!whenDocuments.test(writer.getDocStats().numDocs)) {
                writer.rollback();
                return false;
            }
            session = writer;
            if (replace) {
                writer.deleteAll();
            }
            body.run(writer);
            if (replace) {
                // one HNSW graph instead of one per flushed segment: at 1,000,000 creators p50 13.9 ms and p99
                // 50.0 ms against 18.0 / 75.6 ms with 4 segments, same run (docs/search.md); the merge costs about
                // as much as the build
                writer.forceMerge(1);
            }
            writer.commit();
        } catch (IOException | RuntimeException | Error e) {
            writer.rollback();
            throw e;
        } finally {
            session = null;
        }
        writer.close();
        return true;
    }

    /** Holds the write lock (no other writer changes or deletes files) while {@code work} runs; writes nothing. */
    synchronized void hold(Work work) throws IOException {
        if (session != null) {
            throw new IllegalStateException("the search index is being rewritten in this process");
        }
        IndexWriter writer = open();
        try {
            work.run(writer);
        } finally {
            writer.rollback();
        }
    }

    private IndexWriter open() throws IOException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new IndexWriter(directory, config.get());
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw new SearchIndexBusyException("the search index in " + where
                            + " is being written by another MicroScout process (an import or index rebuild holds its"
                            + " write.lock); waited " + lockWait.toSeconds() + " s. Try again when it has finished.");
                }
                if (!told) {
                    waitNotice.accept("waiting for the search index in " + where
                            + ": another MicroScout process is writing it (an import or index rebuild)");
                    told = true;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index's write lock", e);
        }
    }
}
