package io.microscout.store;

import java.sql.SQLException;

/** The database failed (connection lost, constraint violated): not something the user's input explains. */
public final class CatalogStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatalogStoreException(SQLException cause) {
        super("catalog database error: " + cause.getMessage(), cause);
    }
}
