package io.microscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    static final CreatorKey ANNA = CreatorKey.parse("instagram:anna");

    @TempDir
    Path dir;

    CatalogStore store;
    CreatorCatalog catalog;
    ImportService imports;
    final List<CatalogEntry> notified = new ArrayList<>();

    @BeforeEach
    void open() {
        store = CatalogStore.open(StoreLocation.sqlite(dir.resolve("home")));
        catalog = store.catalog();
        Clock clock = Clock.fixed(LineReader.NOW, ZoneOffset.UTC);
        imports = new ImportService(
                catalog, new CatalogMeasurer(catalog, new MetricsCalculator(MetricsWindow.defaults()), clock));
        imports.addListener(notified::addAll);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private List<FileOutcome> run(boolean skipInvalid, Path... files) throws IOException {
        ImportOptions options = new ImportOptions(null, null, null, skipInvalid, LineReader.NOW);
        return imports.importFiles(List.of(files), new LineReader(), options, ImportProgress.silent());
    }

    @Test
    void aFileWithProblemsStoresNothingAndReportsEveryProblemWithItsLine() throws IOException {
        Path bad = file("bad.txt", "creator instagram:anna 12000", "creator instagram:ben lots", "video x");

        FileOutcome outcome = run(false, bad).get(0);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.problems()).extracting(ImportProblem::location).containsExactly("line 2", "line 3");
        assertThat(outcome.problems().get(0).toString()).startsWith(bad + ":line 2: field 'count': ");
        assertThat(catalog.countCreators()).isZero();
        assertThat(notified).isEmpty();
    }

    @Test
    void skipInvalidStoresTheValidRecordsAndReportsEachSkippedOne() throws IOException {
        Path bad = file(
                "bad.txt",
                "creator instagram:anna 12000",
                "creator instagram:ben lots",
                "post instagram:anna p1 300 20 3",
                "post instagram:nobody p9 1 1 3");

        FileOutcome outcome = run(true, bad).get(0);

        assertThat(outcome.stored()).isTrue();
        assertThat(outcome.problems()).hasSize(2);
        assertThat(outcome.problems().get(1).message()).contains("instagram:nobody");
        assertThat(catalog.countCreators()).isEqualTo(1);
        assertThat(catalog.countPosts()).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() throws IOException {
        Path good = file("good.txt", "creator instagram:anna 12000", "post instagram:anna p1 300 20 3");
        run(false, good);
        notified.clear();

        FileOutcome again = run(false, good).get(0);

        assertThat(again.summary().changedNothing()).isTrue();
        assertThat(again.summary().postsUnchanged()).isEqualTo(1);
        assertThat(notified).isEmpty();
    }

    @Test
    void metricsOfTheCreatorsAFileTouchedAreRecomputedAndListenersTold() throws IOException {
        run(
                false,
                file(
                        "a.txt",
                        "creator instagram:anna 10000",
                        "post instagram:anna p1 300 20 3",
                        "post instagram:anna p2 100 0 10"));
        run(false, file("b.txt", "post instagram:anna p3 500 100 5"));

        CreatorMetrics m = catalog.metrics(ANNA).orElseThrow();
        assertThat(m.postsAnalysed()).isEqualTo(3);
        assertThat(m.engagementRateMean()).isCloseTo((0.032 + 0.010 + 0.060) / 3, within(1e-12));
        assertThat(notified).extracting(e -> e.metrics().postsAnalysed()).containsExactly(2, 3);
    }

    @Test
    void theFilesOfOneImportAreMeasuredOnceAtItsEndFromAllOfThem() throws IOException {
        Path profiles = file("profiles.txt", "creator instagram:anna 10000", "creator instagram:ben 20000");
        Path posts = file("posts.txt", "post instagram:anna p1 300 20 3", "post instagram:ben p2 100 0 10");

        List<FileOutcome> outcomes = run(false, profiles, posts);

        assertThat(outcomes).noneMatch(FileOutcome::failed);
        assertThat(notified)
                .as("each creator measured once, with the posts of the second file")
                .extracting(e -> e.creator().key().handle() + ":" + e.metrics().postsAnalysed())
                .containsExactlyInAnyOrder("anna:1", "ben:1");
        assertThat(catalog.metrics(ANNA).orElseThrow().postsAnalysed()).isEqualTo(1);
        assertThat(catalog.staleCreators()).isEmpty();
    }

    @Test
    void aRoundThatBroughtACreatorNewMeasuresItFromTheStoreWhenAnotherImportAddedItsPostsMeanwhile()
            throws IOException {
        ImportRound round = imports.round();
        round.store(new CatalogBatch(
                "profiles", List.of(Creator.builder(ANNA).followers(10_000L).build()), List.of(), List.of()));
        run(false, file("posts.txt", "post instagram:anna p1 300 20 3")); // another import, between commit and end

        round.finish();

        assertThat(catalog.metrics(ANNA).orElseThrow().postsAnalysed())
                .as("the round's batch has no posts, the store has the other import's")
                .isEqualTo(1);
        assertThat(catalog.staleCreators()).isEmpty();
    }

    @Test
    void aMediaPageListedBeforeItsProfileStillFindsTheAccount() throws IOException {
        Path media = file("media.txt", "media 1784 p1 300 20 3");
        Path profile = file("profile.txt", "creator instagram:anna 12000 1784");

        List<FileOutcome> outcomes = run(false, media, profile);

        assertThat(outcomes).noneMatch(FileOutcome::failed);
        assertThat(catalog.posts(ANNA)).extracting(p -> p.platformPostId()).containsExactly("p1");
    }

    @Test
    void anAccountIdKnownToTheCatalogResolvesInALaterImport() throws IOException {
        run(false, file("profile.txt", "creator instagram:anna 12000 1784"));

        FileOutcome media =
                run(false, file("media.txt", "media 1784 p1 300 20 3")).get(0);

        assertThat(media.summary().postsAdded()).isEqualTo(1);
    }

    @Test
    void aProfileFileWithoutItsOwnTimeIsOneObservationHoweverOftenItIsImported() throws IOException {
        Path profiles = file("creators.csv", "platform,handle,followers", "instagram,anna,12000");
        SourceReader csv = SourceReaders.forFormat("csv");
        ImportOptions options = ImportOptions.defaults();

        imports.importFiles(List.of(profiles), csv, options, ImportProgress.silent());
        FileOutcome again = imports.importFiles(List.of(profiles), csv, options, ImportProgress.silent())
                .get(0);

        assertThat(again.summary().changedNothing()).isTrue();
        assertThat(catalog.snapshots(ANNA)).hasSize(1);

        Files.setLastModifiedTime(
                profiles,
                java.nio.file.attribute.FileTime.from(
                        Files.getLastModifiedTime(profiles).toInstant().plusSeconds(86_400)));
        imports.importFiles(List.of(profiles), csv, options, ImportProgress.silent());
        assertThat(catalog.snapshots(ANNA))
                .as("a file saved later is a newer observation")
                .hasSize(2);
    }
}
