package io.microscout.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.ChunkedCatalogFiles;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCeilingTest {
    @TempDir
    Path dir;

    @Test
    void theCeilingStoresEveryCreatorPostAndSnapshotOfTheParts() throws Exception {
        GeneratorSettings settings =
                GeneratorSettings.of(120, 7).withPosts(6).withFollowerSample(0).withCommentsPerPost(0);
        List<Path> parts;
        long generatedPosts;
        try (ChunkedCatalogFiles files = new ChunkedCatalogFiles(dir.resolve("input"), 50)) {
            new CatalogGenerator(settings).generate(files);
            parts = files.parts();
            generatedPosts = files.postsWritten();
        }
        ImportOptions options = new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, settings.asOf());

        EngineCeiling ceiling = EngineCeiling.run(dir.resolve("home"), parts, SourceReaders.forFormat("csv"), options);

        assertThat(parts).hasSize(3);
        assertThat(ceiling.posts).isEqualTo(generatedPosts).isPositive();
        assertThat(ceiling.store.wall).isPositive();
        EndToEnd imported = EndToEnd.run(
                StoreLocation.sqlite(dir.resolve("imported")),
                parts,
                SourceReaders.forFormat("csv"),
                options,
                settings.asOf(),
                0,
                false);
        assertThat(imported.posts).isEqualTo(ceiling.posts);
        CreatorKey someone = CatalogParts.read(SourceReaders.forFormat("csv"), parts.get(2), options)
                .get(0)
                .creators()
                .get(0)
                .key();
        try (CatalogStore bare = CatalogStore.open(StoreLocation.sqlite(dir.resolve("home")));
                CatalogStore byImport = CatalogStore.open(StoreLocation.sqlite(dir.resolve("imported")))) {
            CreatorCatalog catalog = bare.catalog();
            assertThat(catalog.countCreators()).isEqualTo(120);
            assertThat(catalog.countPosts()).isEqualTo(generatedPosts);
            assertThat(catalog.posts(someone))
                    .hasSize(6)
                    .isEqualTo(byImport.catalog().posts(someone));
            assertThat(catalog.snapshots(someone))
                    .isNotEmpty()
                    .isEqualTo(byImport.catalog().snapshots(someone));
        }
    }
}
