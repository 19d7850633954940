package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class H2CatalogAuthenticityTest extends CatalogAuthenticityContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.h2(home);
    }
}
