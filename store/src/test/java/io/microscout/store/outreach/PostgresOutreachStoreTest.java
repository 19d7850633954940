package io.microscout.store.outreach;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

/** On the PostgreSQL named by {@code -Dmicroscout.test.postgres=URL}; skipped (failed in CI) when none is given. */
class PostgresOutreachStoreTest extends OutreachStoreContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.postgres(home);
    }
}
