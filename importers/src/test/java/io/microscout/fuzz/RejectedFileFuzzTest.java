package io.microscout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.ImportService;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store side of the import fuzzing (issue 11): mutated files imported into a real embedded catalog that
 * already holds the valid fixtures. A file that is rejected (any problem, no --skip-invalid) leaves every
 * creator, metric, post and snapshot exactly as it was; and no file stops the command with an exception.
 */
class RejectedFileFuzzTest {
    private static Path dir;
    private static CatalogStore store;
    private static ImportService imports;
    private static final AtomicLong rejectedUnchanged = new AtomicLong();
    private static final AtomicLong stored = new AtomicLong();
    private static final ImportOptions OPTIONS =
            new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, Instant.parse("2026-05-01T12:00:00Z"));

    @BeforeAll
    static void openCatalog() throws IOException {
        dir = Files.createTempDirectory("microscout-store-fuzz");
        store = CatalogStore.open(StoreLocation.resolve(null, dir.resolve("home")));
        CreatorCatalog catalog = store.catalog();
        imports = new ImportService(
                catalog,
                new CatalogMeasurer(
                        catalog,
                        new MetricsCalculator(MetricsWindow.defaults()),
                        Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC)));
        for (ImportFuzzTest.Seed seed : ImportFuzzTest.seeds()) {
            Path f = Files.writeString(dir.resolve("seed-" + seed.name()), seed.text());
            imports.importFiles(
                    List.of(f),
                    SourceReaders.forFormat(seed.format()),
                    new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, true, OPTIONS.importedAt()),
                    ImportProgress.silent());
        }
    }

    @AfterAll
    static void close() {
        store.close();
        System.out.println("store fuzz: " + (rejectedUnchanged.get() + stored.get()) + " mutated files imported, "
                + rejectedUnchanged.get() + " rejected with the catalog unchanged, " + stored.get() + " stored");
    }

    @Test
    void aRejectedFileLeavesTheCatalogAsItWas() throws Exception {
        List<ImportFuzzTest.Seed> seeds = ImportFuzzTest.seeds();
        Mutations.forEachCase(20261203L, 100, (random, i) -> {
            ImportFuzzTest.Seed seed = seeds.get(random.nextInt(seeds.size()));
            importCase(seed, Mutations.edits(random));
        });
    }

    private static void importCase(ImportFuzzTest.Seed seed, List<Mutations.Edit> edits) throws IOException {
        Path file = Files.write(
                dir.resolve(seed.name()), Mutations.apply(seed.text(), edits).getBytes(StandardCharsets.UTF_8));
        List<Object> before = contents(store.catalog());

        FileOutcome outcome = imports.importFiles(
                        List.of(file), SourceReaders.forFormat(seed.format()), OPTIONS, ImportProgress.silent())
                .get(0);

        if (outcome.stored()) {
            stored.incrementAndGet();
        } else {
            assertThat(outcome.problems()).isNotEmpty();
            assertThat(contents(store.catalog())).as(seed.name() + " " + edits).isEqualTo(before);
            rejectedUnchanged.incrementAndGet();
        }
    }

    /** Every creator with its metrics, posts and snapshots. */
    static List<Object> contents(CreatorCatalog catalog) {
        List<Object> all = new ArrayList<>();
        catalog.forEachEntry(e -> all.add(e));
        List<CreatorKey> keys =
                all.stream().map(e -> ((CatalogEntry) e).creator().key()).toList();
        for (CreatorKey k : keys) {
            all.add(catalog.posts(k));
            all.add(catalog.snapshots(k));
        }
        return all;
    }
}
