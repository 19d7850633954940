package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

/** On the PostgreSQL named by {@code -Dmicroscout.test.postgres=URL}; skipped when none is given. */
class PostgresIndexCrashRecoveryTest extends IndexCrashRecoveryContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.postgres(home);
    }
}
