package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        annaOutlivesReopening();

        assertThat(home.resolve("db").resolve("catalog.sqlite")).isRegularFile();
    }

    @Test
    void batchesAreStoredOnAConnectionOfItsOwnWithTheLargerPageCache() {
        int writer = store.catalogWrites()
                .withHandle(h ->
                        h.createQuery("PRAGMA cache_size").mapTo(Integer.class).one());
        int reader = store.jdbi()
                .withHandle(h ->
                        h.createQuery("PRAGMA cache_size").mapTo(Integer.class).one());

        assertThat(writer).as("256 MB, in KiB").isEqualTo(-256 * 1024);
        assertThat(reader).as("64 MB, in KiB").isEqualTo(-64 * 1024);
    }
}
