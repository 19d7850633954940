package io.microscout.store;

import io.microscout.catalog.CreatorCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.javax.SQLiteConnectionPoolDataSource;

/**
 * An open catalog database: a small connection pool (H2's, which also pools SQLite and PostgreSQL
 * connections), the schema migrated by Flyway from {@code classpath:db/migration}, and the
 * {@link CreatorCatalog} over it. Closing it closes every connection.
 *
 * <p>The embedded default is SQLite in WAL mode (docs/storage.md, "Crash safety"): readers in any number of
 * processes beside one writer; a second writer waits for the first (busy timeout) instead of failing;
 * {@code synchronous=FULL} so a committed transaction survives a crash of the process or of the machine.
 */
public final class CatalogStore implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 8;
    /**
     * SQLite in WAL mode reads on every connection at once: a server under 50 clients needs more than 8 (H2's pool
     * polls with sleeps for a free one, measured with bench serve, docs/server.md).
     */
    private static final int MAX_SQLITE_CONNECTIONS = 16;

    /**
     * SQLite's page cache per pooled connection, in KiB (https://www.sqlite.org/pragma.html#pragma_cache_size: a
     * negative size is KiB). The cache is per connection, so with 16 of them it stays at 64 MB.
     */
    private static final int SQLITE_CACHE_KIB = 64 * 1024;

    /**
     * The page cache of the one connection that stores catalog batches. At 3,000,000 posts the unique post-key index
     * outgrows 64 MB and each insert reads its pages back from the OS; on a connection of its own, its cache kept
     * warm across batches, 256 MB cut storing by 11% at 100,000 creators x 30 posts (docs/speed.md). Set on a
     * pooled connection for one transaction and put back after, it did not: the reset drops the pages.
     */
    private static final int SQLITE_WRITER_CACHE_KIB = 256 * 1024;

    /**
     * How long a catalog write waits for the writer connection while another thread of this process stores: as
     * long as SQLite's busy timeout lets a write wait for another process's.
     */
    private static final int SQLITE_WRITER_WAIT_SECONDS = 60;

    private final StoreLocation location;
    private final JdbcConnectionPool pool;
    private final JdbcConnectionPool writerPool;
    private final Jdbi jdbi;
    private final Jdbi catalogWrites;
    private final CreatorCatalog catalog;
    private final StoreChanges changes;

    private CatalogStore(StoreLocation location, JdbcConnectionPool pool) {
        this.location = location;
        this.pool = pool;
        this.writerPool = location.dialect() == SqlDialect.SQLITE ? writerPool(location) : null;
        this.changes = new StoreChanges(
                location.dialect() == SqlDialect.SQLITE
                        ? java.nio.file.Path.of(location.jdbcUrl()
                                .substring("jdbc:sqlite:".length())
                                .replaceAll("\\?.*", ""))
                        : null);
        this.jdbi = jdbi(pool);
        this.catalogWrites = writerPool == null ? jdbi : jdbi(writerPool);
        this.catalog = new JdbcCreatorCatalog(jdbi, catalogWrites, location.dialect());
    }

    private Jdbi jdbi(JdbcConnectionPool connections) {
        Jdbi j = Jdbi.create(new ChangeCountingConnections(connections, changes));
        j.getConfig(org.jdbi.v3.core.statement.SqlStatements.class)
                .setTemplateCache(new SharedStatementCache())
                .setSqlParser(new org.jdbi.v3.core.statement.ColonPrefixSqlParser(new SharedStatementCache()));
        if (location.dialect() == SqlDialect.SQLITE) {
            StoredTime.registerSqlite(j);
        }
        return j;
    }

    /** SQLite's one connection for storing catalog batches, with the larger page cache. */
    private static JdbcConnectionPool writerPool(StoreLocation location) {
        JdbcConnectionPool writer = JdbcConnectionPool.create(sqlite(location, SQLITE_WRITER_CACHE_KIB));
        writer.setMaxConnections(1);
        writer.setLoginTimeout(SQLITE_WRITER_WAIT_SECONDS);
        return writer;
    }

    /** Opens (creating if needed) the database at that location and brings its schema up to date. */
    public static CatalogStore open(StoreLocation location) {
        if (location.dialect() == SqlDialect.SQLITE) {
            H2Homes.copyOnFirstOpen(location);
        }
        JdbcConnectionPool pool = pool(location);
        try {
            migrate(pool, location.dialect());
        } catch (RuntimeException e) {
            pool.dispose();
            throw new IllegalArgumentException(
                    "cannot open the catalog database " + location.describe() + ": " + rootMessage(e)
                            + whatToDo(location, e),
                    e);
        }
        return new CatalogStore(location, pool);
    }

    /**
     * V1, V2 and V4 name their generated key columns {@code ${identity}} since SQLite came (the same text as before
     * on H2 and PostgreSQL). Flyway checksums a script before replacing placeholders, so a database migrated by
     * the old text records other checksums: exactly those (old, new) pairs are updated, nothing else.
     */
    private static final long[][] IDENTITY_PLACEHOLDER_CHECKSUMS = {
        {1, 1426627913L, 976064721L}, {2, 1442424368L, 1235770836L}, {4, 1518353053L, -858397339L}
    };

    static void migrate(javax.sql.DataSource db, SqlDialect dialect) {
        if (dialect != SqlDialect.SQLITE) {
            alignChecksums(db);
        }
        if (ShippedMigrations.onClassPath().allAppliedIn(db)) {
            return; // up to date: Flyway's start and validation cost more than the command (docs/speed.md)
        }
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    private static void alignChecksums(javax.sql.DataSource db) {
        try (var con = db.getConnection()) {
            try (var ps = con.prepareStatement(
                    "UPDATE flyway_schema_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
                for (long[] v : IDENTITY_PLACEHOLDER_CHECKSUMS) {
                    ps.setInt(1, (int) v[2]);
                    ps.setString(2, Long.toString(v[0]));
                    ps.setInt(3, (int) v[1]);
                    ps.executeUpdate();
                }
            }
            if (!con.getAutoCommit()) {
                con.commit();
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())
                    || "42S02".equals(e.getSQLState())
                    || "42S04".equals(e.getSQLState())
                    || "42102".equals(e.getSQLState())) {
                return; // a new database: no history yet
            }
            throw new CatalogStoreException(e);
        }
    }

    /** The embedded database allows one process at a time: say so, and how to work around it. */
    private static String whatToDo(StoreLocation location, RuntimeException e) {
        boolean locked = location.isEmbedded() && rootMessage(e).contains("locked");
        return locked
                ? " — another MicroScout command is using this home; wait for it to finish, use another"
                        + " --home, or a PostgreSQL catalog (--db) for several commands at once"
                : "";
    }

    private static JdbcConnectionPool pool(StoreLocation location) {
        JdbcConnectionPool pool;
        if (location.dialect() == SqlDialect.SQLITE) {
            pool = JdbcConnectionPool.create(sqlite(location));
        } else if (location.isEmbedded()) {
            try {
                Files.createDirectories(location.home().resolve("db"));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create " + location.home().resolve("db"), e);
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(location.jdbcUrl());
            h2.setUser("sa");
            pool = JdbcConnectionPool.create(h2);
        } else {
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setURL(location.jdbcUrl());
            Properties fromUrl = org.postgresql.Driver.parseURL(location.jdbcUrl(), new Properties());
            if (fromUrl == null) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + location.describe());
            }
            if (fromUrl.getProperty("user") == null) {
                pg.setUser(System.getProperty("user.name"));
            }
            if (fromUrl.getProperty("reWriteBatchedInserts") == null) {
                // a JDBC batch of inserts goes as multi-row INSERTs, not one statement per row (docs/speed.md)
                pg.setReWriteBatchedInserts(true);
            }
            pool = JdbcConnectionPool.create(pg);
        }
        pool.setMaxConnections(location.dialect() == SqlDialect.SQLITE ? MAX_SQLITE_CONNECTIONS : MAX_CONNECTIONS);
        return pool;
    }

    /** As {@link #sqlite(StoreLocation, int)} with the pooled connections' page cache. */
    static SQLiteConnectionPoolDataSource sqlite(StoreLocation location) {
        return sqlite(location, SQLITE_CACHE_KIB);
    }

    /**
     * WAL journal, full sync, foreign keys on, up to a minute's wait for another process's write, and a page cache
     * of {@code cacheKib}.
     */
    static SQLiteConnectionPoolDataSource sqlite(StoreLocation location, int cacheKib) {
        SqliteNativeLibrary.useCachedCopy();
        try {
            Files.createDirectories(location.home().resolve("db"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + location.home().resolve("db"), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(60_000);
        config.setCacheSize(-cacheKib);
        SQLiteConnectionPoolDataSource ds = new SQLiteConnectionPoolDataSource(config);
        ds.setUrl(location.jdbcUrl());
        return ds;
    }

    public CreatorCatalog catalog() {
        return catalog;
    }

    public StoreLocation location() {
        return location;
    }

    /** JDBI over the same pool, for adapters that keep their own tables in this database (V2.. migrations). */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * JDBI over the connection that stores catalog batches: on SQLite one connection of its own with a 256 MB page
     * cache, kept warm across imports; elsewhere the pool. For bulk writes measured against the store.
     */
    public Jdbi catalogWrites() {
        return catalogWrites;
    }

    /** What changes when a write to this store commits (for caches of views read from it). */
    public StoreChanges changes() {
        return changes;
    }

    @Override
    public void close() {
        if (writerPool != null) {
            writerPool.dispose();
        }
        pool.dispose();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof SQLException || t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
