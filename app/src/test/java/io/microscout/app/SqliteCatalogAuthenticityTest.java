package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class SqliteCatalogAuthenticityTest extends CatalogAuthenticityContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }
}
