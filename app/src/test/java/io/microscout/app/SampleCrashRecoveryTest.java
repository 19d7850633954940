package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.FollowerSample;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportOptions;
import io.microscout.store.CatalogDump;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follower-sample import that dies after its file's commit but before the creator's authenticity is rescored
 * (issue 11: the sample was saved in one transaction and the score in another, with nothing marking the gap): the
 * store marks the creator stale beside the sample's rows, the next command rescores it, the search index catches up
 * with the new score, and the home is then identical, table by table, to one that imported the sample cleanly.
 */
class SampleCrashRecoveryTest {
    private static final CreatorKey BOUGHT = CreatorKey.parse("instagram:bought");

    @TempDir
    Path dir;

    @Test
    void aSampleStoredByAnImportThatDiedBeforeRescoringIsScoredByTheNextCommandAsACleanImportScoresIt()
            throws IOException {
        Path clean = dir.resolve("clean");
        FollowerSample stored;
        try (MicroScout app = open(clean)) {
            app.imports().store(AuthenticityFixtures.twoCreators());
            app.audienceImport()
                    .followers(List.of(AuthenticityFixtures.sample(dir, "bought", 40)), ImportOptions.defaults(), null);
            assertThat(app.catalog().staleCreators()).isEmpty();
            assertThat(app.catalog().unindexedCreators())
                    .as("the index entry filters on the old score until the index catches up")
                    .containsExactly(BOUGHT);
            app.catchUp();
            assertThat(app.catalog().unindexedCreators()).isEmpty();
            stored = app.audienceSamples().latest(BOUGHT).orElseThrow();
        }

        Path crashed = dir.resolve("crashed");
        try (MicroScout app = open(crashed)) {
            app.imports().store(AuthenticityFixtures.twoCreators());
            Integer before = score(app);
            app.audienceSamples().saveAll(List.of(stored)); // the import's own transaction; the process dies here
            assertThat(app.catalog().staleCreators()).containsExactly(BOUGHT);
            assertThat(score(app)).isEqualTo(before);
        }
        try (MicroScout app = open(crashed)) {
            assertThat(app.catalog().staleCreators()).as("repaired on opening").isEmpty();
            assertThat(app.catalog().unindexedCreators()).containsExactly(BOUGHT);
            app.catchUp();
            assertThat(app.catalog().unindexedCreators()).isEmpty();
        }

        Map<String, List<String>> repaired = dump(crashed);
        assertThat(repaired.get("audience_sample_accounts")).hasSize(60);
        assertThat(repaired).isEqualTo(dump(clean));
    }

    private static Integer score(MicroScout app) {
        return app.authenticityRecords().of(List.of(BOUGHT)).get(BOUGHT).score();
    }

    private static MicroScout open(Path home) {
        return MicroScout.open(
                StoreLocation.sqlite(home), Settings.defaults(), Clock.fixed(AuthenticityFixtures.NOW, ZoneOffset.UTC));
    }

    private static Map<String, List<String>> dump(Path home) {
        try (CatalogStore store = CatalogStore.open(StoreLocation.sqlite(home))) {
            return CatalogDump.of(store);
        }
    }
}
