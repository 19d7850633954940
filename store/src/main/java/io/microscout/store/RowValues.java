package io.microscout.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One row's values in column order, whichever way they travel: bound to a statement ({@link BoundRow}) or written
 * as a line of a PostgreSQL COPY ({@link PostgresCopy.Fields}). A table's column order is written once, against
 * this (e.g. {@link PostRows#values}), and both paths use it. A null is SQL NULL; a list is stored as
 * {@link Jdbc#listText}.
 */
interface RowValues {
    RowValues text(String value) throws SQLException;

    RowValues list(List<String> items) throws SQLException;

    RowValues number(Long value) throws SQLException;

    RowValues bool(Boolean value) throws SQLException;

    RowValues moment(Instant value) throws SQLException;
}
