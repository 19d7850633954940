package io.microscout.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFilesTest {
    private static final List<String> FILES = List.of(
            CatalogFiles.CREATORS,
            CatalogFiles.POSTS,
            CatalogFiles.SNAPSHOTS,
            CatalogFiles.FOLLOWERS_SAMPLE,
            CatalogFiles.COMMENTS,
            CatalogFiles.GROUND_TRUTH);

    private static void write(Path dir, long seed) throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(60, seed).withPosts(5).withFollowerSample(20);
        try (CatalogFiles files = new CatalogFiles(dir)) {
            new CatalogGenerator(settings).generate(files);
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        write(a, 42);
        write(b, 42);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }

    @Test
    void anotherSeedWritesAnotherCatalog(@TempDir Path a, @TempDir Path b) throws IOException {
        write(a, 42);
        write(b, 43);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isNotEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }

    @Test
    void theGroundTruthReadsBackAsItWasGenerated(@TempDir Path dir) throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(80, 9).withPosts(0).withFollowerSample(10);
        List<GeneratedCreator> generated = new CatalogGenerator(settings).generateAll();
        try (CatalogFiles files = new CatalogFiles(dir)) {
            generated.forEach(files);
        }
        Path file = dir.resolve(CatalogFiles.GROUND_TRUTH);
        Map<CreatorKey, GroundTruth> read =
                GroundTruthFile.of(file.toString(), CsvTable.rows(file, StandardCharsets.UTF_8));
        assertThat(read).hasSize(80);
        for (GeneratedCreator g : generated) {
            GroundTruth t = read.get(g.creator().key());
            assertThat(t)
                    .usingRecursiveComparison()
                    .withComparatorForType((x, y) -> Math.abs(x - y) < 1e-4 ? 0 : Double.compare(x, y), Double.class)
                    .isEqualTo(g.truth());
        }
    }

    @Test
    void everyFileHasOneRowPerRecordUnderItsHeader(@TempDir Path dir) throws IOException {
        write(dir, 5);
        assertThat(Files.readAllLines(dir.resolve(CatalogFiles.CREATORS)))
                .hasSize(61)
                .first()
                .asString()
                .startsWith("platform,handle,name,bio,followers,following,posts,country,language");
        assertThat(Files.readAllLines(dir.resolve(CatalogFiles.POSTS))).hasSize(1 + 60 * 5);
        assertThat(Files.readAllLines(dir.resolve(CatalogFiles.FOLLOWERS_SAMPLE)))
                .hasSize(1 + 60 * 20);
        assertThat(Files.readAllLines(dir.resolve(CatalogFiles.COMMENTS))).hasSize(1 + 60 * 5 * 3);
        assertThat(Files.readAllLines(dir.resolve(CatalogFiles.GROUND_TRUTH))).hasSize(61);
    }
}
