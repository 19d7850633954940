package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

/** On the PostgreSQL named by {@code -Dmicroscout.test.postgres=URL}; skipped when none is given (failed in CI). */
class PostgresMeasuredAudienceTest extends MeasuredAudienceContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.postgres(home);
    }
}
