package io.microscout.store;

import static io.microscout.store.CatalogFixtures.batch;
import static io.microscout.store.CatalogFixtures.creator;
import static io.microscout.store.CatalogFixtures.metrics;
import static io.microscout.store.CatalogFixtures.post;
import static io.microscout.store.CatalogFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.creator.StoreSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every database behind {@link CreatorCatalog} must do; run against H2 and PostgreSQL. */
abstract class CreatorCatalogContract {
    @TempDir
    Path home;

    CatalogStore store;
    CreatorCatalog catalog;

    abstract StoreLocation location(Path home);

    @BeforeEach
    void open() {
        store = CatalogStore.open(location(home));
        catalog = store.catalog();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * For the file databases: anna stored, the store closed and opened again on the same home; her posts are still
     * there and storing her again changes nothing.
     */
    void annaOutlivesReopening() {
        catalog.store(anna());
        store.close();

        store = CatalogStore.open(location(home));
        catalog = store.catalog();

        assertThat(catalog.posts(CreatorKey.parse("instagram:anna"))).hasSize(2);
        assertThat(catalog.store(anna()).changedNothing()).isTrue();
    }

    static CatalogBatch anna() {
        return batch(
                List.of(creator("instagram:anna", 12_000)),
                List.of(post("instagram:anna", "p1", 300, 20, 3), post("instagram:anna", "p2", 250, 10, 10)),
                List.of(snapshot("instagram:anna", 0, 12_000)));
    }

    @Test
    void threadsStoringAtOnceEachStoreTheirCreators() throws Exception {
        int threads = 4;
        int batches = 10;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(workers.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        String key = "instagram:t" + thread + "b" + b;
                        catalog.store(batch(
                                List.of(creator(key, 5_000)),
                                List.of(post(key, "p" + thread + "-" + b, 10, 1, 1)),
                                List.of()));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(catalog.countCreators()).isEqualTo(threads * batches);
        assertThat(catalog.countPosts()).isEqualTo(threads * batches);
    }

    @Test
    void storingTheSameBatchTwiceReportsEverythingUnchangedAndChangesNothing() {
        StoreSummary first = catalog.store(anna());
        StoreSummary second = catalog.store(anna());

        assertThat(first).isEqualTo(new StoreSummary(1, 0, 0, 2, 0, 0, 1));
        assertThat(second).isEqualTo(new StoreSummary(0, 0, 1, 0, 0, 2, 0));
        assertThat(second.changedNothing()).isTrue();
        assertThat(catalog.countCreators()).isEqualTo(1);
        assertThat(catalog.countPosts()).isEqualTo(2);
        assertThat(catalog.snapshots(CreatorKey.parse("instagram:anna"))).hasSize(1);
    }

    @Test
    void aRepairClearsOnlyTheMarksMadeBeforeItReadTheRowsSoAnImportMeanwhileStaysMarked() {
        CreatorKey anna = CreatorKey.parse("instagram:anna");
        catalog.store(anna());
        long repairReadsAt = catalog.staleMarkPoint(); // a repair reads the point, then the marked creators' rows
        assertThat(catalog.unindexedCreators()).containsExactly(anna);

        catalog.store(batch(List.of(creator("instagram:anna", 13_000)), List.of(), List.of())); // another import
        catalog.markIndexed(List.of(anna), repairReadsAt);
        catalog.markFresh(List.of(anna), repairReadsAt);

        assertThat(catalog.unindexedCreators())
                .as("the second import's change is not in the repaired entry")
                .containsExactly(anna);
        assertThat(catalog.staleCreators()).containsExactly(anna);
        catalog.markIndexed(List.of(anna), catalog.staleMarkPoint());
        catalog.markFresh(List.of(anna), catalog.staleMarkPoint());
        assertThat(catalog.unindexedCreators()).isEmpty();
        assertThat(catalog.staleCreators()).isEmpty();
    }

    @Test
    void storedRecordsReadBackAsTheyWereGiven() {
        catalog.store(anna());

        assertThat(catalog.creator(CreatorKey.parse("instagram:anna"))).contains(creator("instagram:anna", 12_000));
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna")))
                .containsExactly(post("instagram:anna", "p1", 300, 20, 3), post("instagram:anna", "p2", 250, 10, 10));
        assertThat(catalog.postsOf(List.of(CreatorKey.parse("instagram:anna"), CreatorKey.parse("tiktok:nobody"))))
                .containsOnlyKeys(CreatorKey.parse("instagram:anna"));
    }

    @Test
    void postsAndSnapshotsWithAwkwardTextAndMissingFiguresReadBackExactly() {
        Post quoted = new Post(
                CreatorKey.parse("instagram:anna"),
                "q\"1,2",
                CatalogFixtures.NOW.minusNanos(123_456_000L),
                PostFormat.SHORT_VIDEO,
                "He said \"hi\", then left;\nback\\slash, tab\tand 🏃‍♀️ Straße, \\.\n\\.",
                List.of("läufer", "a,b"),
                List.of(),
                0L,
                null,
                null,
                7L,
                null,
                false,
                null);
        Post empty = new Post(
                CreatorKey.parse("instagram:anna"),
                "e1",
                null,
                PostFormat.PHOTO,
                "",
                List.of(),
                List.of("x\"y"),
                null,
                null,
                null,
                null,
                null,
                true,
                "");
        FollowerSnapshot unknownFollowing = new FollowerSnapshot(
                CreatorKey.parse("instagram:anna"), CatalogFixtures.NOW.minusNanos(5_000L), 12_000L, null, null);

        catalog.store(
                batch(List.of(creator("instagram:anna", 12_000)), List.of(quoted, empty), List.of(unknownFollowing)));

        assertThat(catalog.posts(CreatorKey.parse("instagram:anna"))).containsExactlyInAnyOrder(quoted, empty);
        assertThat(catalog.snapshots(CreatorKey.parse("instagram:anna"))).containsExactly(unknownFollowing);
    }

    @Test
    void changedCountsUpdateOnlyTheRecordsThatChanged() {
        catalog.store(anna());
        StoreSummary summary = catalog.store(batch(
                List.of(creator("instagram:anna", 12_500)),
                List.of(post("instagram:anna", "p1", 310, 20, 3), post("instagram:anna", "p2", 250, 10, 10)),
                List.of()));

        assertThat(summary).isEqualTo(new StoreSummary(0, 1, 0, 0, 1, 1, 0));
        assertThat(catalog.creator(CreatorKey.parse("instagram:anna"))
                        .orElseThrow()
                        .followers())
                .isEqualTo(12_500);
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna")).get(0).likes())
                .isEqualTo(310);
    }

    @Test
    void aPostsFileMixingNewAndStoredPostsAddsTheNewAndUpdatesTheChanged() {
        catalog.store(batch(List.of(creator("instagram:anna", 12_000)), List.of(), List.of()));
        StoreSummary firstPosts =
                catalog.store(batch(List.of(), List.of(post("instagram:anna", "p1", 300, 20, 3)), List.of()));
        StoreSummary mixed = catalog.store(batch(
                List.of(),
                List.of(post("instagram:anna", "p3", 5, 1, 1), post("instagram:anna", "p1", 310, 20, 3)),
                List.of()));

        assertThat(firstPosts).isEqualTo(new StoreSummary(0, 0, 0, 1, 0, 0, 0));
        assertThat(mixed).isEqualTo(new StoreSummary(0, 0, 0, 1, 1, 0, 0));
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna")))
                .extracting(Post::platformPostId, Post::likes)
                .containsExactly(tuple("p3", 5L), tuple("p1", 310L));
        assertThat(catalog.countPosts()).isEqualTo(2);
    }

    @Test
    void manyCreatorsAreReadAtOnceLeavingOutKeysNotStored() {
        catalog.store(anna());

        assertThat(catalog.creatorsOf(List.of(CreatorKey.parse("instagram:anna"), CreatorKey.parse("tiktok:nobody"))))
                .containsExactly(entry(CreatorKey.parse("instagram:anna"), creator("instagram:anna", 12_000)));
    }

    @Test
    void aSourceThatDoesNotGiveAFieldLeavesTheStoredValue() {
        catalog.store(anna());
        Creator withoutCounts = Creator.builder(CreatorKey.parse("instagram:anna"))
                .biography("new bio")
                .observedAt(CatalogFixtures.NOW.plusSeconds(60))
                .build();
        catalog.store(batch(List.of(withoutCounts), List.of(), List.of()));

        Creator stored = catalog.creator(CreatorKey.parse("instagram:anna")).orElseThrow();
        assertThat(stored.biography()).isEqualTo("new bio");
        assertThat(stored.followers()).isEqualTo(12_000);
        assertThat(stored.links()).containsExactly("https://example.org/anna");
    }

    @Test
    void aPostStoredUnderAnOldHandleMovesToTheNewAccountThatNowHasIt() {
        catalog.store(anna());
        StoreSummary summary = catalog.store(batch(
                List.of(creator("instagram:anna.new", 12_000)),
                List.of(post("instagram:anna.new", "p1", 300, 20, 3), post("instagram:anna.new", "p3", 1, 1, 1)),
                List.of()));

        assertThat(summary).isEqualTo(new StoreSummary(1, 0, 0, 1, 1, 0, 0));
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna.new")))
                .extracting(Post::platformPostId)
                .containsExactly("p3", "p1");
        assertThat(catalog.posts(CreatorKey.parse("instagram:anna")))
                .extracting(Post::platformPostId)
                .containsExactly("p2");
    }

    @Test
    void aNewerSnapshotAddsToTheHistory() {
        catalog.store(anna());
        StoreSummary summary =
                catalog.store(batch(List.of(), List.of(), List.of(snapshot("instagram:anna", -7, 12_400))));

        assertThat(summary.snapshotsAdded()).isEqualTo(1);
        assertThat(catalog.snapshots(CreatorKey.parse("instagram:anna")))
                .extracting(s -> s.followers())
                .containsExactly(12_000L, 12_400L);
    }

    @Test
    void aBatchThatFailsMidwayLeavesTheStoreExactlyAsBefore() {
        catalog.store(anna());
        CatalogBatch failing = batch(
                List.of(creator("instagram:ben", 5_000), creator("instagram:anna", 99_999)),
                List.of(post("instagram:ben", "b1", 10, 1, 2), post("instagram:nobody", "x1", 1, 1, 1)),
                List.of());

        assertThatThrownBy(() -> catalog.store(failing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instagram:nobody");
        assertThat(catalog.countCreators()).isEqualTo(1);
        assertThat(catalog.countPosts()).isEqualTo(2);
        assertThat(catalog.creator(CreatorKey.parse("instagram:anna"))
                        .orElseThrow()
                        .followers())
                .isEqualTo(12_000);
    }

    @Test
    void aDatabaseConstraintViolationAlsoRollsBackTheWholeBatch() {
        catalog.store(anna());
        Creator tooLong = creator("instagram:" + "x".repeat(300), 10);
        CatalogBatch failing = batch(List.of(creator("instagram:ben", 5_000), tooLong), List.of(), List.of());

        assertThatThrownBy(() -> catalog.store(failing)).isInstanceOf(RuntimeException.class);
        assertThat(catalog.countCreators()).isEqualTo(1);
    }

    @Test
    void accountsAreFoundByThePlatformsOwnId() {
        catalog.store(batch(
                List.of(creator("youtube:chef", 50_000).toBuilder()
                        .platformId("UC123")
                        .build()),
                List.of(),
                List.of()));

        assertThat(catalog.findByPlatformId(Platform.YOUTUBE, "UC123")).contains(CreatorKey.parse("youtube:chef"));
        assertThat(catalog.findByPlatformId(Platform.INSTAGRAM, "UC123")).isEmpty();
    }

    @Test
    void metricsAreReplacedAndReadBack() {
        catalog.store(anna());
        CreatorKey anna = CreatorKey.parse("instagram:anna");
        Creator c = catalog.creator(anna).orElseThrow();
        catalog.saveMetrics(List.of(new CatalogEntry(c, metrics(2, 0.02))));
        catalog.saveMetrics(List.of(new CatalogEntry(c, metrics(2, 0.03))));

        assertThat(catalog.metrics(anna)).contains(metrics(2, 0.03));
        assertThat(catalog.metrics(CreatorKey.parse("instagram:nobody"))).isEmpty();
        assertThat(catalog.metricsOf(List.of(anna, CreatorKey.parse("instagram:nobody"))))
                .containsExactlyEntriesOf(Map.of(anna, metrics(2, 0.03)));
    }

    @Test
    void findFiltersInSqlAndListsTheLargestAudienceFirst() {
        catalog.store(batch(
                List.of(
                        creator("instagram:small", 2_000),
                        creator("instagram:mid", 40_000),
                        creator("tiktok:big", 200_000).toBuilder()
                                .countryCode("FR")
                                .languageCode("fr")
                                .biography("Vegan RECIPES every day")
                                .build()),
                List.of(),
                List.of()));
        saveRate("instagram:small", 0.05);
        saveRate("instagram:mid", 0.02);

        assertThat(keys(CreatorFilter.all())).containsExactly("tiktok:big", "instagram:mid", "instagram:small");
        assertThat(keys(filter(Set.of(Platform.INSTAGRAM), null, null, null, null, null, null, 0)))
                .containsExactly("instagram:mid", "instagram:small");
        assertThat(keys(filter(null, 3_000L, 100_000L, null, null, null, null, 0)))
                .containsExactly("instagram:mid");
        assertThat(keys(filter(null, null, null, 0.03, null, null, null, 0))).containsExactly("instagram:small");
        assertThat(keys(filter(null, null, null, null, 0.03, null, null, 0))).containsExactly("instagram:mid");
        assertThat(keys(filter(null, null, null, null, null, Set.of("fr"), null, 0)))
                .containsExactly("tiktok:big");
        assertThat(keys(filter(null, null, null, null, null, null, "vegan recipes", 0)))
                .containsExactly("tiktok:big");
        assertThat(keys(filter(null, null, null, null, null, null, "MID", 0))).containsExactly("instagram:mid");
        assertThat(keys(filter(null, null, null, null, null, null, "100%", 0))).isEmpty();
        assertThat(keys(filter(null, null, null, null, null, null, null, 2)))
                .containsExactly("tiktok:big", "instagram:mid");
        assertThat(catalog.count(filter(null, null, null, null, null, null, null, 2)))
                .as("a count of every match, the limit aside")
                .isEqualTo(3);
        assertThat(catalog.count(filter(Set.of(Platform.INSTAGRAM), null, null, 0.03, null, null, null, 1)))
                .isEqualTo(1);
    }

    @Test
    void statedEngagementIsStoredWithItsSourceAndARestoreOfTheSameFiguresChangesNothing() {
        var stated = new io.microscout.creator.StatedEngagement(
                6_500.0,
                null,
                null,
                0.0139,
                "top.csv",
                java.util.Map.of(io.microscout.creator.StatedEngagement.Figure.ENGAGEMENT_RATE, "60d_eng_rate"),
                java.time.Instant.parse("2026-05-01T12:00:00.123456789Z"));
        Creator anna =
                creator("instagram:anna", 48_000).toBuilder().stated(stated).build();
        catalog.store(batch(List.of(anna), List.of(), List.of()));

        var read = catalog.creator(anna.key()).orElseThrow().stated();
        assertThat(read.sameAs(stated)).isTrue();
        assertThat(read.importedAt()).isEqualTo(java.time.Instant.parse("2026-05-01T12:00:00.123456Z"));
        assertThat(read.describe()).isEqualTo("as stated by top.csv (avg_likes, 60d_eng_rate)");

        var later = new io.microscout.creator.StatedEngagement(
                6_500.0,
                null,
                null,
                0.0139,
                "top.csv",
                stated.columns(),
                stated.importedAt().plusSeconds(86_400));
        var again = catalog.store(batch(List.of(anna.toBuilder().stated(later).build()), List.of(), List.of()));
        assertThat(again.creatorsUnchanged()).isEqualTo(1);
        assertThat(catalog.creator(anna.key()).orElseThrow().stated().importedAt())
                .isEqualTo(read.importedAt());
        var without = catalog.store(batch(List.of(creator("instagram:anna", 48_000)), List.of(), List.of()));
        assertThat(without.creatorsUnchanged())
                .as("a file that states nothing leaves the statement")
                .isEqualTo(1);
    }

    @Test
    void everyEntryIsVisitedInKeyOrderWithItsMetrics() {
        catalog.store(batch(
                List.of(creator("tiktok:b", 1), creator("instagram:z", 2), creator("instagram:a", 3)),
                List.of(),
                List.of()));
        saveRate("instagram:z", 0.04);
        List<CatalogEntry> seen = new ArrayList<>();
        catalog.forEachEntry(seen::add);

        assertThat(seen)
                .extracting(e -> e.creator().key().toString())
                .containsExactly("instagram:a", "instagram:z", "tiktok:b");
        assertThat(seen.get(1).metrics().engagementRateMean()).isEqualTo(0.04);
        assertThat(seen.get(0).metrics()).isNull();
    }

    private void saveRate(String key, double rate) {
        Creator c = catalog.creator(CreatorKey.parse(key)).orElseThrow();
        catalog.saveMetrics(List.of(new CatalogEntry(c, metrics(5, rate))));
    }

    private List<String> keys(CreatorFilter f) {
        return catalog.find(f).stream().map(e -> e.creator().key().toString()).toList();
    }

    private static CreatorFilter filter(
            Set<Platform> platforms,
            Long minF,
            Long maxF,
            Double minEr,
            Double maxEr,
            Set<String> languages,
            String text,
            int limit) {
        return new CreatorFilter(platforms, minF, maxF, minEr, maxEr, null, languages, text, null, 0, limit);
    }
}
