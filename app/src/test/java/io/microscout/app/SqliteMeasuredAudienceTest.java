package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class SqliteMeasuredAudienceTest extends MeasuredAudienceContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }
}
