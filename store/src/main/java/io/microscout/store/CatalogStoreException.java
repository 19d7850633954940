package io.microscout.store;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/** The catalog database failed (a lost connection, a broken constraint): what the database said, in one line. */
public final class CatalogStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogStoreException(SQLException cause) {
        super("catalog database error: " + said(cause), cause);
    }

    /**
     * The database's own words. A JDBC batch error repeats the whole statement with its values (a creator's bio,
     * say) before it; the error behind it (the next exception) says the same without them.
     */
    static String said(SQLException e) {
        SQLException shown = e;
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            shown = e.getNextException();
        }
        String m = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        String first = m.lines().findFirst().orElse("");
        return first + (shown.getSQLState() == null ? "" : " (SQLSTATE " + shown.getSQLState() + ")");
    }
}
