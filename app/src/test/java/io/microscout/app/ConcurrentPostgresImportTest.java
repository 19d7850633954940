package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.CatalogDump;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: concurrent imports of the same data on PostgreSQL end correct, without an error. Three app instances
 * (each its own connection pool and home, as three CLI processes or app nodes would be) import the same files at
 * the same moment into one schema, twelve times over; every import succeeds, and the catalog is then identical,
 * table by table, to the same files imported once by one instance. Before catalog writes were serialised on
 * PostgreSQL, two identical imports at once hit a duplicate key in 2 of 6 runs.
 */
class ConcurrentPostgresImportTest {
    private static final int ROUNDS = 12;
    private static final int IMPORTERS = 3;
    private static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");

    @TempDir
    static Path dir;

    private static List<Path> files;

    @BeforeAll
    static void generate() throws Exception {
        Path generated = dir.resolve("generated");
        try (CatalogFiles out = new CatalogFiles(generated)) {
            new CatalogGenerator(GeneratorSettings.of(40, 11)
                            .withPosts(6)
                            .withFollowerSample(0)
                            .withCommentsPerPost(0))
                    .generate(out);
        }
        files = List.of(
                generated.resolve(CatalogFiles.CREATORS),
                generated.resolve(CatalogFiles.POSTS),
                generated.resolve(CatalogFiles.SNAPSHOTS));
    }

    @Test
    void threeImportsOfTheSameFilesAtOnceAllSucceedAndLeaveWhatOneImportLeaves() throws Exception {
        StoreLocation reference = TestDatabases.postgres(dir.resolve("reference"));
        try (MicroScout app = open(reference, dir.resolve("reference"))) {
            assertThat(importAll(app)).noneMatch(FileOutcome::failed);
        }
        Map<String, List<String>> expected = dump(reference);
        assertThat(expected.get("posts")).hasSize(40 * 6);

        ExecutorService pool = Executors.newFixedThreadPool(IMPORTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path roundHome = dir.resolve("round-" + round);
                StoreLocation shared = TestDatabases.postgres(roundHome);
                List<MicroScout> apps = new ArrayList<>();
                for (int i = 0; i < IMPORTERS; i++) {
                    apps.add(open(shared, roundHome.resolve("node-" + i)));
                }
                CyclicBarrier start = new CyclicBarrier(IMPORTERS);
                List<Future<List<FileOutcome>>> imports = new ArrayList<>();
                for (MicroScout app : apps) {
                    imports.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return importAll(app);
                    }));
                }
                for (Future<List<FileOutcome>> f : imports) {
                    List<FileOutcome> outcomes = f.get(5, TimeUnit.MINUTES); // an exception here fails the test
                    assertThat(outcomes)
                            .as("round %d: every file of every concurrent import is stored", round)
                            .noneMatch(FileOutcome::failed);
                }
                apps.forEach(MicroScout::close);
                assertThat(dump(shared))
                        .as("round %d: the catalog after three imports at once", round)
                        .isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<FileOutcome> importAll(MicroScout app) throws Exception {
        return app.imports()
                .importFiles(files, SourceReaders.forFormat("csv"), ImportOptions.defaults(), ImportProgress.silent());
    }

    private static MicroScout open(StoreLocation schema, Path home) {
        return MicroScout.open(
                new StoreLocation(home, schema.jdbcUrl()),
                Settings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new HashingTextEmbedder(64));
    }

    private static Map<String, List<String>> dump(StoreLocation location) {
        try (CatalogStore store = CatalogStore.open(location)) {
            return CatalogDump.of(store);
        }
    }
}
