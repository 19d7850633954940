package io.microscout.store;

import static io.microscout.store.CatalogFixtures.batch;
import static io.microscout.store.CatalogFixtures.creator;
import static io.microscout.store.CatalogFixtures.metrics;
import static io.microscout.store.CatalogFixtures.post;
import static io.microscout.store.CatalogFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home made when H2 was the embedded default opens as SQLite with everything it held. */
class H2HomesTest {
    private static final CreatorKey ANNA = CreatorKey.parse("instagram:anna");

    @TempDir
    Path home;

    @Test
    void anH2HomeIsCopiedToSqliteOnFirstOpenWithNothingLostAndTheH2FileKept() {
        try (CatalogStore h2 = CatalogStore.open(StoreLocation.h2(home))) {
            h2.catalog()
                    .store(batch(
                            List.of(creator("instagram:anna", 12_000), creator("youtube:ben", 50_000)),
                            List.of(post("instagram:anna", "p1", 300, 20, 3), post("instagram:anna", "p2", 310, 21, 5)),
                            List.of(snapshot("instagram:anna", 40, 11_000))));
            var entry =
                    h2.catalog().find(io.microscout.creator.CreatorFilter.all()).get(0);
            h2.catalog()
                    .saveMetrics(List.of(new io.microscout.catalog.CatalogEntry(entry.creator(), metrics(2, 0.03))));
        }
        try (CatalogStore h2 = CatalogStore.open(StoreLocation.h2(home));
                CatalogStore sqlite = CatalogStore.open(StoreLocation.sqlite(home))) {
            assertThat(StoreLocation.sqliteFile(home)).isRegularFile();
            assertThat(StoreLocation.h2File(home)).isRegularFile();
            assertThat(sqlite.catalog().countCreators()).isEqualTo(2);
            assertThat(sqlite.catalog().creator(ANNA)).isEqualTo(h2.catalog().creator(ANNA));
            assertThat(sqlite.catalog().posts(ANNA))
                    .isEqualTo(h2.catalog().posts(ANNA))
                    .hasSize(2);
            assertThat(sqlite.catalog().snapshots(ANNA))
                    .isEqualTo(h2.catalog().snapshots(ANNA))
                    .isNotEmpty();
            assertThat(sqlite.catalog().metrics(CreatorKey.parse("youtube:ben")))
                    .isEqualTo(h2.catalog().metrics(CreatorKey.parse("youtube:ben")));
            assertThat(sqlite.catalog()
                            .store(batch(List.of(creator("instagram:anna", 12_000)), List.of(), List.of()))
                            .changedNothing())
                    .isTrue();
        }
    }
}
