package io.microscout.store.workspace;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class SqliteFirstOwnerTest extends FirstOwnerContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }
}
