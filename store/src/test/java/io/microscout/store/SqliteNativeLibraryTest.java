package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/** The driver's native library is extracted once per driver version into the cache, then reused as it is. */
class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsExtractedOnceUnderTheDriversVersion() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache);
        assertThat(lib).isRegularFile();
        assertThat(Files.size(lib)).isGreaterThan(100_000);
        assertThat(cache.relativize(lib).toString()).startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "/");
        long written = Files.getLastModifiedTime(lib).toMillis();
        Files.setLastModifiedTime(lib, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        Path again = SqliteNativeLibrary.cachedCopy(cache);

        assertThat(again).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(again).toMillis()).isEqualTo(written - 60_000);
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).containsExactly(lib); // no partial copy left behind
        }
    }

    @Test
    void anOpenedCatalogLoadsTheCachedLibrary(@TempDir Path home) {
        try (CatalogStore store = CatalogStore.open(StoreLocation.sqlite(home))) {
            assertThat(store.catalog().countCreators()).isZero();
        }
        String folder = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        assertThat(folder).isNotNull();
        assertThat(Path.of(folder).resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)))
                .isRegularFile();
    }
}
