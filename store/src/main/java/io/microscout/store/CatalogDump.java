package io.microscout.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a catalog as sorted lines of text, for comparing two catalogs (a re-import after a crash
 * against a clean import; a restored backup against its source). Generated keys are left out and a
 * {@code creator_id} is written as the creator's platform and handle, so two catalogs holding the same facts
 * compare equal however their keys were numbered; so are the times derived data was computed at
 * ({@code computed_at}), which say when, not what, and the generations of stale marks (V190), which count
 * transactions. Flyway's history and the stale marks' counter are left out.
 */
public final class CatalogDump {
    private static final Set<String> LEFT_OUT = Set.of("id", "creator_id", "sample_id", "computed_at", "generation");

    private CatalogDump() {}

    /** Table name to its rows, each row one line of {@code column=value} pairs, lines sorted. */
    public static Map<String, List<String>> of(CatalogStore store) {
        try (Connection con = store.jdbi().open().getConnection()) {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : tables(con)) {
                tables.put(table, rows(con, table));
            }
            return tables;
        } catch (SQLException e) {
            throw new CatalogStoreException(e);
        }
    }

    private static List<String> tables(Connection con) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = con.getMetaData();
        String schema = con.getSchema();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("flyway_") && !name.startsWith("sqlite_") && !name.equals("stale_mark_counter")) {
                    names.add(name);
                }
            }
        }
        Collections.sort(names);
        return names;
    }

    private static List<String> rows(Connection con, String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData cols = rs.getMetaData();
            boolean hasCreator = false;
            for (int i = 1; i <= cols.getColumnCount(); i++) {
                hasCreator |= cols.getColumnName(i).equalsIgnoreCase("creator_id");
            }
            Map<Long, String> creatorKeys = hasCreator ? creatorKeys(con) : Map.of();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= cols.getColumnCount(); i++) {
                    String name = cols.getColumnName(i).toLowerCase(Locale.ROOT);
                    if (name.equals("creator_id")) {
                        line.append("creator=")
                                .append(creatorKeys.get(rs.getLong(i)))
                                .append('|');
                    } else if (!LEFT_OUT.contains(name)) {
                        line.append(name)
                                .append('=')
                                .append(value(rs, i, cols.getColumnType(i)))
                                .append('|');
                    }
                }
                lines.add(line.toString());
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static String value(ResultSet rs, int i, int type) throws SQLException {
        if (type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE || type == java.sql.Types.TIMESTAMP) {
            try {
                var t = rs.getObject(i, java.time.OffsetDateTime.class);
                return t == null ? "null" : t.toInstant().toString();
            } catch (java.sql.SQLFeatureNotSupportedException e) {
                return String.valueOf(rs.getString(i)); // SQLite: moments are fixed-width UTC text (StoredTime)
            }
        }
        return String.valueOf(rs.getString(i));
    }

    private static Map<Long, String> creatorKeys(Connection con) throws SQLException {
        Map<Long, String> keys = new java.util.HashMap<>();
        try (Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, platform, handle FROM creators")) {
            while (rs.next()) {
                keys.put(rs.getLong(1), rs.getString(2) + ":" + rs.getString(3));
            }
        }
        return keys;
    }
}
