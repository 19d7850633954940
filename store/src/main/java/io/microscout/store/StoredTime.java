package io.microscout.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Moments in the catalog's {@code TIMESTAMP WITH TIME ZONE} columns. H2 and PostgreSQL take and give
 * {@link OffsetDateTime}; SQLite has no time type, so there a moment is text of one fixed width
 * ({@code 2026-05-01T12:00:00.000000Z}, UTC, microseconds), which sorts and compares in time order.
 */
public final class StoredTime {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX");

    private StoredTime() {}

    /** The stored moment in that column, or null. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        if (isSqlite(rs)) {
            String text = rs.getString(column);
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        }
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The stored day in that {@code DATE} column, or null (ISO text on SQLite). */
    public static LocalDate readDate(ResultSet rs, String column) throws SQLException {
        if (isSqlite(rs)) {
            String text = rs.getString(column);
            return text == null ? null : LocalDate.parse(text);
        }
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static void bind(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(
                    index,
                    ps instanceof org.sqlite.core.CorePreparedStatement
                            ? Types.VARCHAR
                            : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (ps instanceof org.sqlite.core.CorePreparedStatement) {
            ps.setString(index, text(value));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /**
     * The fixed-width text of a moment. Years 0-9999 are written digit by digit (an import stores one per post and
     * per snapshot, and the formatter cost a tenth of the store's Java time); others go through {@link #TEXT}, which
     * gives the same text where both apply ({@code StoredTimeTest}).
     */
    static String text(Instant value) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return TEXT.format(OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        char[] c = "0000-00-00T00:00:00.000000Z".toCharArray();
        digits(c, 0, t.getYear(), 4);
        digits(c, 5, t.getMonthValue(), 2);
        digits(c, 8, t.getDayOfMonth(), 2);
        digits(c, 11, t.getHour(), 2);
        digits(c, 14, t.getMinute(), 2);
        digits(c, 17, t.getSecond(), 2);
        digits(c, 20, t.getNano() / 1_000, 6); // microseconds, the later digits cut as the pattern's SSSSSS does
        return new String(c);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean isSqlite(ResultSet rs) {
        return rs instanceof org.sqlite.jdbc3.JDBC3ResultSet;
    }

    /** Makes JDBI bind moments as the fixed-width text and days as ISO text (SQLite only). */
    static void registerSqlite(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, value.toString());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<OffsetDateTime>(Types.VARCHAR) {
            @Override
            protected Argument build(OffsetDateTime value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, text(value.toInstant()));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, text(value));
            }
        });
    }
}
