package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CatalogIndexer;
import io.microscout.discovery.RankedCreator;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.GeneratorSettings;
import io.microscout.generator.GroundTruth;
import io.microscout.importer.ImportOptions;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import to discovery through the composition root: a small generated catalog in a temporary SQLite home, the Lucene
 * index on disk under the home, the hashing stand-in embedder for speed (MiniLM runs through the CLI tests).
 */
class DiscoveryWiringTest {
    private static final String ALL_TIERS = "tiers: [nano, micro, mid, macro, mega]\n";

    @TempDir
    static Path generated;
    /** Imported once (with indexing) for the tests that only read it. */
    @TempDir
    static Path imported;

    private static Map<CreatorKey, GroundTruth> truth;

    @TempDir
    Path home;

    @BeforeAll
    static void generateAndImport() throws Exception {
        GeneratedCatalog.write(
                generated,
                GeneratorSettings.of(150, 11)
                        .withPosts(10)
                        .withFollowerSample(0)
                        .withCommentsPerPost(0));
        truth = GeneratedGroundTruth.read(generated.resolve(CatalogFiles.GROUND_TRUTH));
        try (MicroScout app = open(imported)) {
            importGenerated(app);
        }
    }

    private static MicroScout open(Path home) {
        return MicroScout.open(
                StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(128));
    }

    private static void importGenerated(MicroScout app) throws Exception {
        GeneratedCatalog.importInto(app, generated, ImportOptions.defaults());
    }

    private static Brief brief(String yaml) {
        return BriefFiles.parse("test-brief.yaml", yaml);
    }

    private static boolean ofNiche(CreatorKey key, String niche) {
        GroundTruth t = truth.get(key);
        return niche.equals(t.primaryNiche()) || niche.equals(t.secondaryNiche());
    }

    @Test
    void importUpdatesTheIndexAndDiscoverRanksTheBriefsNicheFirst() throws Exception {
        try (MicroScout app = open(imported)) {
            assertThat(app.search().index().size())
                    .isEqualTo(app.catalog().countCreators())
                    .isEqualTo(150);

            List<RankedCreator> fitness = app.search()
                    .discovery(CatalogIndexer.Progress::silent)
                    .discover(
                            brief(
                                    "product: home workouts and strength training gear\nkeywords: [workout, gym]\nniches: [fitness]\n"
                                            + ALL_TIERS),
                            5);

            assertThat(fitness)
                    .hasSize(5)
                    .allSatisfy(r -> assertThat(ofNiche(r.key(), "fitness"))
                            .as(r.key().toString())
                            .isTrue());
        }
    }

    @Test
    void aFilterExcludedCreatorIsNeverReturnedHoweverRelevant() throws Exception {
        try (MicroScout app = open(imported)) {
            List<RankedCreator> all = app.search()
                    .discovery(CatalogIndexer.Progress::silent)
                    .discover(brief("product: skincare and makeup\nniches: [beauty]\n" + ALL_TIERS), 50);
            List<RankedCreator> filtered = app.search()
                    .discovery(CatalogIndexer.Progress::silent)
                    .discover(
                            brief("product: skincare and makeup\nniches: [beauty]\n" + ALL_TIERS
                                    + "filters: {countries: [US], followers: {min: 5000}}\n"),
                            50);

            assertThat(all)
                    .anySatisfy(r -> assertThat(
                                    app.catalog().creator(r.key()).orElseThrow().countryCode())
                            .isNotEqualTo("US"));
            assertThat(filtered).isNotEmpty().allSatisfy(r -> {
                var c = app.catalog().creator(r.key()).orElseThrow();
                assertThat(c.countryCode()).isEqualTo("US");
                assertThat(c.followers()).isGreaterThanOrEqualTo(5000L);
            });
            assertThat(filtered.get(0).key()).matches(k -> ofNiche(k, "beauty"));
        }
    }

    @Test
    void aRebuiltIndexRanksExactlyAsTheOneKeptUpByImports() throws Exception {
        Brief brief =
                brief("product: recipes and home cooking\nkeywords: [recipe, baking]\nniches: [food]\n" + ALL_TIERS);
        try (MicroScout app = open(home)) {
            importGenerated(app);
            List<RankedCreator> incremental =
                    app.search().discovery(CatalogIndexer.Progress::silent).discover(brief, 20);

            long rebuilt = app.search().rebuild(CatalogIndexer.Progress.silent());
            List<RankedCreator> afterRebuild =
                    app.search().discovery(CatalogIndexer.Progress::silent).discover(brief, 20);

            assertThat(rebuilt).isEqualTo(150);
            assertThat(app.search().index().size()).isEqualTo(150);
            assertThat(afterRebuild)
                    .extracting(RankedCreator::key)
                    .containsExactlyElementsOf(
                            incremental.stream().map(RankedCreator::key).toList());
            assertThat(afterRebuild)
                    .extracting(r -> r.fit().score())
                    .containsExactlyElementsOf(
                            incremental.stream().map(r -> r.fit().score()).toList());
        }
    }

    @Test
    void anImportWithoutIndexingLeavesTheIndexEmptyAndDiscoveryBuildsItFirst() throws Exception {
        try (MicroScout app = open(home)) {
            app.search().indexer().suspend();
            importGenerated(app);
            assertThat(app.search().index().size()).isZero();

            long[] progress = {0};
            app.search().discovery(() -> n -> progress[0] = n);

            assertThat(app.search().index().size()).isEqualTo(150);
            assertThat(progress[0]).isEqualTo(150);
        }
    }

    @Test
    void theIndexOnDiskOutlivesTheProcess() {
        try (MicroScout app = open(imported)) {
            assertThat(app.search().index().size()).isEqualTo(150);
            assertThat(app.search().folder()).isEqualTo(imported.resolve("index"));
        }
    }
}
