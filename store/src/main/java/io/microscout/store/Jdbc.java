package io.microscout.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** Null-aware reading and writing of the column types the catalog uses, identical on SQLite, H2 and PostgreSQL. */
final class Jdbc {
    private Jdbc() {}

    static void setText(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    static void setBool(PreparedStatement ps, int i, Boolean v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, v);
        }
    }

    static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
        StoredTime.bind(ps, i, v);
    }

    static void setList(PreparedStatement ps, int i, List<String> v) throws SQLException {
        setText(ps, i, listText(v));
    }

    /** A list as stored: one item per line, an empty list as null ({@link #getList} reads it back). */
    static String listText(List<String> v) {
        return v.isEmpty() ? null : String.join("\n", v);
    }

    static Long getLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static Boolean getBool(ResultSet rs, String col) throws SQLException {
        boolean v = rs.getBoolean(col);
        return rs.wasNull() ? null : v;
    }

    static Instant getInstant(ResultSet rs, String col) throws SQLException {
        return StoredTime.read(rs, col);
    }

    static List<String> getList(ResultSet rs, String col) throws SQLException {
        String v = rs.getString(col);
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split("\n"));
    }

    /**
     * The catalog's limits on text columns (V1's VARCHAR(n)), checked here because SQLite does not enforce
     * declared lengths: the same record is refused on every database, with the field named.
     */
    static void fits(String what, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is "
                    + value.codePointCount(0, value.length()) + " characters long; the catalog holds at most " + max);
        }
    }

    /** Both databases keep microseconds: values are cut to that before they are compared or written. */
    static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /** A list as it reads back from the database: items trimmed, blank items and line breaks removed. */
    static List<String> storable(List<String> items) {
        if (items.isEmpty()) {
            return items;
        }
        return items.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.replace('\n', ' ').replace('\r', ' ').trim())
                .toList();
    }
}
