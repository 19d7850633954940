package io.microscout.store;

import io.microscout.catalog.CreatorCatalog;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An open catalog database: a small connection pool (H2's, which also pools PostgreSQL connections), the
 * schema migrated by Flyway from {@code classpath:db/migration}, and the {@link CreatorCatalog} over it.
 * Closing it closes every connection, which also closes an embedded H2 database.
 */
public final class CatalogStore implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 8;

    private final StoreLocation location;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final CreatorCatalog catalog;

    private CatalogStore(StoreLocation location, JdbcConnectionPool pool) {
        this.location = location;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.catalog = new JdbcCreatorCatalog(jdbi, SqlDialect.of(location.jdbcUrl()));
    }

    /** Opens (creating if needed) the database at that location and brings its schema up to date. */
    public static CatalogStore open(StoreLocation location) {
        JdbcConnectionPool pool = pool(location);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new IllegalArgumentException("cannot open the catalog database " + location.describe() + ": "
                    + rootMessage(e) + whatToDo(location, e), e);
        }
        return new CatalogStore(location, pool);
    }

    /** The embedded database allows one process at a time: say so, and how to work around it. */
    private static String whatToDo(StoreLocation location, RuntimeException e) {
        boolean locked = location.isEmbedded() && rootMessage(e).contains("locked");
        return locked ? " — another MicroScout command is using this home; wait for it to finish, use another"
                + " --home, or a PostgreSQL catalog (--db) for several commands at once" : "";
    }

    private static JdbcConnectionPool pool(StoreLocation location) {
        JdbcConnectionPool pool;
        if (location.isEmbedded()) {
            try {
                Files.createDirectories(location.home().resolve("db"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + location.home().resolve("db"), e);
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
            pool = JdbcConnectionPool.create(pg);
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
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

    @Override
    public void close() {
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
