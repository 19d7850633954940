package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CatalogStoreExceptionTest {
    @Test
    void aBatchErrorSaysWhatTheDatabaseSaidWithoutRepeatingTheStatementsValues() {
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 INSERT INTO creators (handle, biography) VALUES (('ines'), ('my private bio')) was"
                        + " aborted: ERROR: duplicate key",
                "23505",
                new int[0]);
        batch.setNextException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"creators_platform_handle\"\n"
                        + "  Detail: Key (platform, handle)=(youtube, ines) already exists.",
                "23505"));

        String message = new CatalogStoreException(batch).getMessage();

        assertThat(message)
                .isEqualTo("catalog database error: ERROR: duplicate key value violates unique constraint"
                        + " \"creators_platform_handle\" (SQLSTATE 23505)")
                .doesNotContain("private bio");
    }

    @Test
    void anyOtherErrorIsItsFirstLine() {
        assertThat(new CatalogStoreException(new SQLException("connection lost\nat host db:5432", "08006"))
                        .getMessage())
                .isEqualTo("catalog database error: connection lost (SQLSTATE 08006)");
    }
}
