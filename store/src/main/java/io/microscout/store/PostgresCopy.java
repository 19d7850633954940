package io.microscout.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into PostgreSQL with {@code COPY table (columns) FROM STDIN} in CSV form: the server takes a stream of rows
 * instead of parsing and executing an INSERT per batch of rows (docs/speed.md, "Ingest"). Used by the bulk writer
 * for posts and snapshots; inside the caller's transaction, and a refused row (a unique key) fails the whole COPY
 * with the same SQL state as an INSERT would, so the caller's savepoint and fallback work as before. The COPY goes to
 * the driver's own connection, past {@link ChangeCountingConnections}' statement marking: a caller's transaction must
 * also run a counted write (the bulk writer's stale marks do) for its commit to be announced.
 */
final class PostgresCopy {
    /** Rows sent to the server at a time. */
    private static final int ROWS_PER_WRITE = 2_000;

    /** Writes one row's fields, in the order of the COPY's columns. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(T row, Fields fields) throws SQLException;
    }

    private PostgresCopy() {}

    /** Whether this connection is PostgreSQL's own driver underneath (through the pool and proxies). */
    static boolean available(Connection con) {
        try {
            return con.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    static <T> void copy(Connection con, String table, List<String> columns, Iterable<T> rows, RowWriter<T> writer)
            throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            Fields fields = new Fields();
            int pending = 0;
            for (T row : rows) {
                writer.write(row, fields);
                fields.endRow();
                if (++pending == ROWS_PER_WRITE) {
                    fields.sendTo(in);
                    pending = 0;
                }
            }
            fields.sendTo(in);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * One row at a time in PostgreSQL's CSV form: a null is an empty unquoted field, every text is quoted (so an
     * empty text stays empty, not null), quotes inside doubled; numbers and booleans as they are.
     */
    static final class Fields implements RowValues {
        private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_INSTANT;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private boolean rowStarted;

        @Override
        public Fields text(String value) {
            separate();
            if (value != null) {
                buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            return this;
        }

        @Override
        public Fields list(List<String> items) {
            return text(Jdbc.listText(items));
        }

        @Override
        public Fields number(Long value) {
            separate();
            if (value != null) {
                buffer.append(value.longValue());
            }
            return this;
        }

        @Override
        public Fields bool(Boolean value) {
            separate();
            if (value != null) {
                buffer.append(value ? "true" : "false");
            }
            return this;
        }

        /** A moment as ISO-8601 UTC ({@code 2026-10-29T17:48:00.123456Z}), which {@code timestamptz} reads exactly. */
        @Override
        public Fields moment(Instant value) {
            separate();
            if (value != null) {
                buffer.append(MOMENT.format(value));
            }
            return this;
        }

        private void separate() {
            if (rowStarted) {
                buffer.append(',');
            }
            rowStarted = true;
        }

        void endRow() {
            buffer.append('\n');
            rowStarted = false;
        }

        void sendTo(CopyIn in) throws SQLException {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        /** What has been written so far (for tests). */
        @Override
        public String toString() {
            return buffer.toString();
        }
    }
}
