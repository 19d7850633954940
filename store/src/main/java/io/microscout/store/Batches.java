package io.microscout.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Runs a prepared statement over many rows as JDBC batches of {@value #SIZE} (the store's adapters share it). */
public final class Batches {
    public static final int SIZE = 1000;

    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private Batches() {}

    public static <T> void run(PreparedStatement ps, Iterable<T> rows, Binder<T> binder) throws SQLException {
        int pending = 0;
        for (T row : rows) {
            binder.bind(ps, row);
            ps.addBatch();
            if (++pending == SIZE) {
                ps.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            ps.executeBatch();
        }
    }
}
