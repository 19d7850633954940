package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalog contract on the embedded default, SQLite in WAL mode, in a temporary home. */
class SqliteCreatorCatalogTest extends CreatorCatalogContract {

    @Override
    StoreLocation location(Path home) {
        return TestDatabases.sqlite(home);
    }

    @Test
    void theCatalogPersistsInTheHomeFolderAcrossReopening() {
        catalog.store(anna());
        store.close();

        store = CatalogStore.open(location(home));
        catalog = store.catalog();

        assertThat(home.resolve("db").resolve("catalog.sqlite")).isRegularFile();
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna"))).hasSize(2);
        assertThat(catalog.store(anna()).changedNothing()).isTrue();
    }
}
