package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalog contract on embedded H2 in a temporary home, plus what only a file database must do. */
class H2CreatorCatalogTest extends CreatorCatalogContract {

    @Override
    StoreLocation location(Path home) {
        return TestDatabases.h2(home);
    }

    @Test
    void theCatalogPersistsInTheHomeFolderAcrossReopening() {
        annaOutlivesReopening();

        assertThat(home.resolve("db"))
                .isDirectoryContaining(p -> p.getFileName().toString().endsWith(".mv.db"));
    }
}
