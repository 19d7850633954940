package io.microscout.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever a write to the store is committed, for caches of what was read from it (the
 * server's creator and list pages): a cached view made under version N is good as long as the version is N.
 *
 * <p>Writes of this process are counted when their transaction commits (every connection of the store is handed
 * out through {@link ChangeCountingConnections}). Writes of other processes on the same SQLite home (a CLI import
 * beside {@code serve}) are seen by the database files: each commit appends to the write-ahead log, so the size
 * or time of {@code catalog.sqlite-wal} or {@code catalog.sqlite} changes. A server database (PostgreSQL, H2 over
 * an H2 file two app nodes share) that others write to gives no such sign: there {@link #version()} is empty and nothing is cached.
 */
public final class StoreChanges {
    private final AtomicLong committed = new AtomicLong();
    private final Path database;
    private volatile FileStamp lastSeen;

    private record FileStamp(long dbSize, long dbTime, long walSize, long walTime) {}

    /**
     * @param database the SQLite database file, or null for a database that other processes or other stores in
     *                 this JVM may write unseen (PostgreSQL; H2, which two app nodes can share in one JVM)
     */
    StoreChanges(Path database) {
        this.database = database;
        this.lastSeen = database == null ? null : stamp(database);
    }

    /** Called after a transaction that wrote has committed (never before: a reader must not see the new number first). */
    void committed() {
        committed.incrementAndGet();
    }

    /** The writes this process committed through the store's connections. */
    long committedHere() {
        return committed.get();
    }

    /** The current version, or empty when writes of other processes cannot be seen (do not cache then). */
    public OptionalLong version() {
        if (database == null) {
            return OptionalLong.empty();
        }
        FileStamp now = stamp(database);
        if (!Objects.equals(now, lastSeen)) {
            lastSeen = now;
            committed.incrementAndGet();
        }
        return OptionalLong.of(committed.get());
    }

    private static FileStamp stamp(Path db) {
        long[] main = sizeAndTime(db);
        long[] wal = sizeAndTime(db.resolveSibling(db.getFileName() + "-wal"));
        return new FileStamp(main[0], main[1], wal[0], wal[1]);
    }

    private static long[] sizeAndTime(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS)};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }
}
