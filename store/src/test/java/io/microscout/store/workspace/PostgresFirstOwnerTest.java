package io.microscout.store.workspace;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

/** On the PostgreSQL named by {@code -Dmicroscout.test.postgres=URL}; skipped (failed in CI) when none is given. */
class PostgresFirstOwnerTest extends FirstOwnerContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.postgres(home);
    }
}
