package io.microscout.store;

import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

/**
 * The catalog contract on a real PostgreSQL: the one named by {@code -Dmicroscout.test.postgres=URL}
 * (see {@code scripts/postgres-test-server}); skipped with a message when none is given.
 */
class PostgresCreatorCatalogTest extends CreatorCatalogContract {

    @Override
    StoreLocation location(Path home) {
        return TestDatabases.postgres(home);
    }
}
