package io.microscout.store.campaign;

import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;

class SqliteCampaignsTest extends JdbiCampaignsContract {
    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }
}
