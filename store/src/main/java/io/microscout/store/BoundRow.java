package io.microscout.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link RowValues} bound to a statement's parameters from the first on, null-aware as {@link Jdbc}. */
final class BoundRow implements RowValues {
    private final PreparedStatement ps;
    private int next = 1;

    BoundRow(PreparedStatement ps) {
        this.ps = ps;
    }

    /** The index of the next parameter (after the row's values, e.g. a WHERE id). */
    int next() {
        return next;
    }

    @Override
    public BoundRow text(String value) throws SQLException {
        Jdbc.setText(ps, next++, value);
        return this;
    }

    @Override
    public BoundRow list(List<String> items) throws SQLException {
        Jdbc.setList(ps, next++, items);
        return this;
    }

    @Override
    public BoundRow number(Long value) throws SQLException {
        Jdbc.setLong(ps, next++, value);
        return this;
    }

    @Override
    public BoundRow bool(Boolean value) throws SQLException {
        Jdbc.setBool(ps, next++, value);
        return this;
    }

    @Override
    public BoundRow moment(Instant value) throws SQLException {
        Jdbc.setInstant(ps, next++, value);
        return this;
    }
}
