package io.microscout.store.outreach;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class SqliteOutreachStoreTest extends OutreachStoreContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }
}
