package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.store.CatalogDump;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that dies after its file's commit but before the creators' metrics and authenticity are saved
 * (what kill -9 did in issue 11): the next command that opens the home repairs them (and the search index entries
 * once it opens the index), and the catalog is then identical, table by table, to one imported without a crash. {@code bench kill} does the same with real kills.
 */
class CrashRecoveryTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final CreatorKey ANNA = CreatorKey.parse("instagram:anna");
    private static final CreatorKey BEN = CreatorKey.parse("instagram:ben");

    @TempDir
    Path dir;

    @Test
    void derivedDataLeftBehindByACrashIsRepairedByTheNextCommandAndEqualsACleanImport() {
        Path crashed = dir.resolve("crashed");
        try (MicroScout app = open(crashed)) {
            app.catalog().store(batch());
            assertThat(app.catalog().metrics(ANNA)).isEmpty();
            assertThat(app.catalog().staleCreators()).containsExactlyInAnyOrder(ANNA, BEN);
        }
        Path clean = dir.resolve("clean");
        try (MicroScout app = open(clean)) {
            app.imports().store(batch());
            assertThat(app.catalog().staleCreators()).isEmpty();
        }

        try (MicroScout app = open(crashed)) {
            assertThat(app.catalog().unindexedCreators()).containsExactlyInAnyOrder(ANNA, BEN);
            app.search().discovery(io.microscout.discovery.CatalogIndexer.Progress::silent); // builds the empty index
            assertThat(app.search().index().size()).isEqualTo(2);
            assertThat(app.catalog().unindexedCreators()).isEmpty();
            assertThat(app.catalog().staleCreators()).isEmpty();
            assertThat(app.catalog().metrics(ANNA)).isPresent();
            assertThat(app.authenticityRecords().of(List.of(ANNA, BEN))).containsKeys(ANNA, BEN);
        }
        Map<String, List<String>> repaired = dump(crashed);
        assertThat(repaired.get("creator_metrics")).hasSize(2);
        assertThat(repaired).isEqualTo(dump(clean));
    }

    private static MicroScout open(Path home) {
        return MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, List<String>> dump(Path home) {
        try (CatalogStore store = CatalogStore.open(StoreLocation.sqlite(home))) {
            return CatalogDump.of(store);
        }
    }

    private static CatalogBatch batch() {
        List<Creator> creators = List.of(
                Creator.builder(ANNA).followers(12_000L).build(),
                Creator.builder(BEN).followers(40_000L).build());
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (CreatorKey k : List.of(ANNA, BEN)) {
                posts.add(new Post(
                        k,
                        k.handle() + "-p" + i,
                        NOW.minusSeconds(86_400L * (i + 2)),
                        PostFormat.PHOTO,
                        "post " + i,
                        List.of(),
                        List.of(),
                        300L + 10 * i,
                        20L + i,
                        null,
                        null,
                        null,
                        i == 0,
                        null));
            }
        }
        List<FollowerSnapshot> snapshots = List.of(
                new FollowerSnapshot(ANNA, NOW.minusSeconds(86_400L * 40), 11_000, null, null),
                new FollowerSnapshot(BEN, NOW.minusSeconds(86_400L * 40), 39_000, null, null));
        return new CatalogBatch("test", creators, posts, snapshots);
    }
}
