package io.microscout.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Homes made before the embedded default became SQLite hold an H2 database ({@code <home>/db/catalog.mv.db}).
 * The first command that opens such a home copies every table into a new SQLite database, checks that each
 * table holds as many rows as in H2, and only then puts the SQLite file in place. The H2 file is left as it
 * was, so nothing is lost should anything go wrong; a home with both opens the SQLite one.
 */
public final class H2Homes {
    private H2Homes() {}

    /** Copies an H2 home's catalog to SQLite when the home has H2 and no SQLite database yet. */
    static void copyOnFirstOpen(StoreLocation sqlite) {
        Path home = sqlite.home();
        if (!sqlite.equals(StoreLocation.sqlite(home))
                || Files.exists(StoreLocation.sqliteFile(home))
                || !Files.exists(StoreLocation.h2File(home))) {
            return;
        }
        long rows = copy(StoreLocation.h2(home), home);
        System.err.println("microscout: copied this home's H2 catalog (" + rows + " rows) to SQLite, "
                + StoreLocation.sqliteFile(home) + "; the H2 file " + StoreLocation.h2File(home)
                + " is left as it was and no longer read");
    }

    /** Copies every table of the H2 catalog into {@code <home>/db/catalog.sqlite}; returns the rows copied. */
    public static long copy(StoreLocation h2, Path home) {
        Path target = StoreLocation.sqliteFile(home);
        Path partial = target.resolveSibling("catalog.sqlite.copying");
        try {
            Files.deleteIfExists(partial);
            JdbcDataSource h2db = new JdbcDataSource();
            h2db.setURL(h2.jdbcUrl());
            h2db.setUser("sa");
            CatalogStore.migrate(h2db, SqlDialect.H2);
            StoreLocation to = new StoreLocation(home, "jdbc:sqlite:" + partial);
            var sqliteDb = CatalogStore.sqlite(to);
            CatalogStore.migrate(sqliteDb, SqlDialect.SQLITE);
            long rows;
            try (Connection from = h2db.getConnection();
                    Connection into = sqliteDb.getConnection()) {
                rows = copyTables(from, into);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (SQLException e) {
            throw new CatalogStoreException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the H2 catalog of " + home + " to SQLite", e);
        }
    }

    private static long copyTables(Connection from, Connection into) throws SQLException {
        into.setAutoCommit(false);
        long total = 0;
        for (String table : tables(into)) {
            total += copyTable(from, into, table);
        }
        into.commit();
        return total;
    }

    /** The catalog's tables, parents before children (foreign keys are checked as rows go in). */
    private static List<String> tables(Connection sqlite) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = sqlite.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("flyway_") && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        Collections.sort(names);
        List<String> ordered = new ArrayList<>();
        for (String parent : List.of("creators", "audience_samples", "plans")) {
            if (names.remove(parent)) {
                ordered.add(parent);
            }
        }
        ordered.addAll(names);
        return ordered;
    }

    private static long copyTable(Connection from, Connection into, String table) throws SQLException {
        try (Statement s = into.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        }
        long copied = 0;
        try (Statement read = from.createStatement();
                ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData cols = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= cols.getColumnCount(); i++) {
                names.add(cols.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
            try (PreparedStatement ps = into.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= names.size(); i++) {
                        bind(ps, i, rs, i, cols.getColumnType(i));
                    }
                    ps.addBatch();
                    if (++copied % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        long inH2 = count(from, table);
        long inSqlite = count(into, table);
        if (inH2 != inSqlite || inH2 != copied) {
            throw new IllegalStateException(
                    "copying " + table + " from H2 to SQLite: " + inH2 + " rows in H2, " + inSqlite
                            + " in SQLite; nothing was changed, the home still opens with --db " + "jdbc:h2:file:...");
        }
        return copied;
    }

    private static void bind(PreparedStatement ps, int i, ResultSet rs, int col, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
                yield t == null ? null : StoredTime.text(t.toInstant());
            }
            case Types.DATE -> {
                LocalDate d = rs.getObject(col, LocalDate.class);
                yield d == null ? null : d.toString();
            }
            default -> rs.getObject(col);
        };
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else {
            ps.setObject(i, v);
        }
    }

    private static long count(Connection con, String table) throws SQLException {
        try (Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
