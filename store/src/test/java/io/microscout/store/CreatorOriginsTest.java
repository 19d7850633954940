package io.microscout.store;

import static io.microscout.store.CatalogFixtures.batch;
import static io.microscout.store.CatalogFixtures.creator;
import static io.microscout.store.CatalogFixtures.post;
import static io.microscout.store.CatalogFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Demo creators are marked and removed with every row of theirs, on each database the catalog runs on. */
class CreatorOriginsTest {
    @TempDir
    Path home;

    private StoreLocation location(String engine) {
        return switch (engine) {
            case "sqlite" -> TestDatabases.sqlite(home);
            case "h2" -> TestDatabases.h2(home);
            default -> TestDatabases.postgres(home);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgres"})
    void removingTheDemoTakesItsCreatorsAndTheirRowsAndKeepsTheRest(String engine) {
        try (CatalogStore store = CatalogStore.open(location(engine))) {
            store.catalog()
                    .store(batch(
                            List.of(creator("instagram:demo.one", 5_000), creator("instagram:real.one", 8_000)),
                            List.of(
                                    post("instagram:demo.one", "d1", 100, 5, 2),
                                    post("instagram:real.one", "r1", 200, 9, 2)),
                            List.of(
                                    snapshot("instagram:demo.one", 1, 5_000),
                                    snapshot("instagram:real.one", 1, 8_000))));
            CreatorKey demo = CreatorKey.parse("instagram:demo.one");
            CreatorKey real = CreatorKey.parse("instagram:real.one");
            CreatorOrigins origins = new CreatorOrigins(store.jdbi());
            origins.mark(List.of(demo), CreatorOrigins.DEMO);
            origins.mark(List.of(demo), CreatorOrigins.DEMO); // twice changes nothing
            assertThat(origins.count(CreatorOrigins.DEMO)).isEqualTo(1);
            assertThat(origins.among(List.of(demo, real), CreatorOrigins.DEMO)).containsExactly(demo);

            assertThat(origins.remove(CreatorOrigins.DEMO)).containsExactly(demo);

            assertThat(store.catalog().creator(demo)).isEmpty();
            assertThat(store.catalog().posts(demo)).isEmpty();
            assertThat(store.catalog().snapshots(demo)).isEmpty();
            assertThat(store.catalog().creator(real)).isPresent();
            assertThat(store.catalog().posts(real)).hasSize(1);
            assertThat(store.catalog().countCreators()).isEqualTo(1);
            assertThat(origins.count(CreatorOrigins.DEMO)).isZero();
        }
    }
}
