package io.microscout.app;

import io.microscout.store.StoreLocation;
import java.nio.file.Path;

class SqliteIndexCrashRecoveryTest extends IndexCrashRecoveryContract {
    @Override
    StoreLocation location(Path home) {
        return StoreLocation.sqlite(home);
    }
}
