package io.microscout.app;

import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import java.nio.file.Path;
import java.util.List;

/** A generated catalog for tests (generated truth, not real data): written to a folder, imported into a home. */
public final class GeneratedCatalog {
    private GeneratedCatalog() {}

    /** Writes the generated catalog's files (docs/generator.md) into {@code dir}. */
    public static void write(Path dir, GeneratorSettings settings) throws Exception {
        try (CatalogFiles files = new CatalogFiles(dir)) {
            new CatalogGenerator(settings).generate(files);
        }
    }

    /** Imports the profiles, posts and snapshots written into {@code dir}, as {@code import --format csv} does. */
    public static List<FileOutcome> importInto(MicroScout app, Path dir, ImportOptions options) throws Exception {
        return app.imports()
                .importFiles(
                        CatalogFiles.catalogImport(dir),
                        SourceReaders.forFormat("csv"),
                        options,
                        ImportProgress.silent());
    }
}
