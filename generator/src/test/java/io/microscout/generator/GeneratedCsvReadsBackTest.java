package io.microscout.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.Post;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRead;
import io.microscout.importer.SourceReader;
import io.microscout.importer.formats.SourceReaders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated creators, posts and snapshots read back through MicroScout's own CSV reader unchanged. */
class GeneratedCsvReadsBackTest {

    @Test
    void generatedFilesReadBackThroughTheCsvImportWithoutProblems(@TempDir Path dir) throws IOException {
        List<GeneratedCreator> generated = new CatalogGenerator(GeneratorSettings.of(120, 8)
                        .withPosts(10)
                        .withFollowerSample(0)
                        .withCommentsPerPost(0))
                .generateAll();
        try (CatalogFiles files = new CatalogFiles(dir)) {
            generated.forEach(files);
        }
        SourceReader csv = SourceReaders.forFormat("csv");
        CatalogBatch creators = read(csv, dir.resolve(CatalogFiles.CREATORS));
        CatalogBatch posts = read(csv, dir.resolve(CatalogFiles.POSTS));
        CatalogBatch snapshots = read(csv, dir.resolve(CatalogFiles.SNAPSHOTS));

        Map<String, Creator> readCreators = creators.creators().stream()
                .collect(Collectors.toMap(c -> c.key().toString(), Function.identity()));
        Map<String, Post> readPosts = posts.posts().stream()
                .collect(Collectors.toMap(p -> p.creator().platform().id() + p.platformPostId(), Function.identity()));
        assertThat(readCreators).hasSize(120);
        assertThat(readPosts).hasSize(1200);
        assertThat(snapshots.snapshots())
                .hasSize(generated.stream().mapToInt(g -> g.snapshots().size()).sum());
        for (GeneratedCreator g : generated) {
            Creator c = readCreators.get(g.creator().key().toString());
            assertThat(c.followers()).isEqualTo(g.creator().followers());
            assertThat(c.biography()).isEqualTo(g.creator().biography());
            assertThat(c.countryCode()).isEqualTo(g.creator().countryCode());
            assertThat(c.person()).isEqualTo(g.creator().person());
            for (Post p : g.posts()) {
                Post r = readPosts.get(p.creator().platform().id() + p.platformPostId());
                assertThat(r.publishedAt()).isEqualTo(p.publishedAt());
                assertThat(r.format()).isEqualTo(p.format());
                assertThat(r.caption()).isEqualTo(p.caption());
                assertThat(List.of(r.likes(), r.comments())).isEqualTo(List.of(p.likes(), p.comments()));
                assertThat(r.views()).isEqualTo(p.views());
                assertThat(r.sponsored()).isEqualTo(p.sponsored());
                assertThat(r.hashtags()).isEqualTo(p.hashtags());
            }
        }
    }

    private static CatalogBatch read(SourceReader csv, Path file) throws IOException {
        ImportRead read = csv.read(file, ImportOptions.defaults(), AccountLookup.none());
        assertThat(read.problems()).isEmpty();
        return read.batch();
    }
}
