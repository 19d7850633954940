package io.microscout.store.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite's {@code VACUUM INTO} (sqlite.org/lang_vacuum.html#vacuuminto): writes a copy of the database as of one read
 * transaction, so it is consistent while other processes read and write (WAL mode: the writer is not blocked), and
 * the copy is compact and self-contained (no -wal file).
 */
public final class SqliteSnapshot {
    private SqliteSnapshot() {}

    /** Writes a consistent copy of {@code database} to {@code target} (which must not exist). */
    public static void copy(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no catalog database at " + database);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already");
        }
        try (Connection con = open(database);
                Statement s = con.createStatement()) {
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy " + database + ": " + e.getMessage(), e);
        }
    }

    /** {@code PRAGMA integrity_check}: "ok", or what SQLite found wrong (first line). */
    public static String integrity(Path database) {
        try (Connection con = open(database);
                Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            return "not a readable SQLite database: " + e.getMessage();
        }
    }

    /** Rows per table (SQLite's own tables left out), sorted by name. */
    public static Map<String, Long> rowCounts(Path database) {
        try (Connection con = open(database)) {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData md = con.getMetaData();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    if (!t.startsWith("sqlite_")) {
                        tables.add(t);
                    }
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            try (Statement s = con.createStatement()) {
                for (String t : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                        rs.next();
                        counts.put(t, rs.getLong(1));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + database + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path database) throws SQLException {
        Connection con = DriverManager.getConnection("jdbc:sqlite:" + database);
        try (Statement s = con.createStatement()) {
            s.execute("PRAGMA busy_timeout = 60000");
        }
        return con;
    }
}
