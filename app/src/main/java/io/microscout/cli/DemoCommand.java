package io.microscout.cli;

import io.microscout.app.GeneratedGroundTruth;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.IndexProgress;
import io.microscout.cli.common.UserException;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code microscout demo}: generates a catalog, imports it through the real import path (CSV reader, import
 * service, catalog store, metrics) and shows a first result. Running it again on the same home imports nothing.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a synthetic catalog (2,000 creators, seed 42 by default), import it into the catalog",
            "of this home as `import --format csv` would, and show the catalog at a glance by tier and niche and",
            "the micro-influencers worth a first look. Running it again on the same home finds nothing new to import.",
            "The demo's creators are marked demo in listings and exports; ./microscout catalog remove --source demo",
            "takes them out of the home again."
        })
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = "--creators",
            defaultValue = "2000",
            description = "Accounts to generate (default: ${DEFAULT-VALUE}).")
    int creators;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--niche", description = "Only this niche in the top list, one of the 20 niche ids (default: all).")
    String niche;

    @Option(
            names = "--show-truth",
            description =
                    "For developers: add the fraud the generator planted to the top list (the generator's truth).")
    boolean showTruth;

    @Option(names = "--top", defaultValue = "10", description = "Creators in the top list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        if (niche != null && !CatalogGenerator.niches().contains(niche)) {
            throw new IllegalArgumentException(
                    "unknown niche '" + niche + "'; expected one of " + String.join(", ", CatalogGenerator.niches()));
        }
        if (creators < 1) {
            throw new IllegalArgumentException("--creators must be at least 1, got " + creators);
        }
        try (MicroScout app = catalog.open()) {
            Path dir = app.location().home().resolve("generated").resolve("demo-seed-" + seed + "-" + creators);
            System.out.println("MicroScout demo: home " + app.location().home() + ", catalog "
                    + app.location().describe());
            generate(dir);
            long realBefore = app.catalog().countCreators() - DemoCatalog.count(app);
            if (realBefore > 0) {
                System.err.printf(
                        "warning: this home already holds %,d creators that are not demo data; the demo's generated"
                                + " creators are added beside them, marked demo (./microscout catalog remove --source"
                                + " demo removes them again). Use --home DIR for a demo home of its own.%n",
                        realBefore);
            }
            long started = System.nanoTime();
            // Embedding the demo's creators twice (profiles file, then posts file) would dominate the demo's time:
            // the index is built once, below, after the last file.
            app.search().indexer().suspend();
            List<Path> files = CatalogFiles.catalogImport(dir);
            List<FileOutcome> outcomes = app.imports()
                    .importFiles(
                            files, SourceReaders.forFormat("csv"), ImportOptions.defaults(), ImportProgress.silent());
            for (FileOutcome o : outcomes) {
                if (o.failed()) {
                    throw new UserException(o.file() + ": " + o.problems().get(0));
                }
                System.out.println("import " + o.file().getFileName() + ": " + o.recordsRead() + " records; "
                        + ImportCommand.describe(o.summary()));
            }
            var vetting = app.audienceImport()
                    .followersAndComments(
                            List.of(dir.resolve("followers-sample.csv")),
                            List.of(dir.resolve("comments.csv")),
                            ImportOptions.defaults(),
                            null);
            for (var o : vetting) {
                if (o.failed()) {
                    throw new UserException(o.file() + ": " + o.problems().get(0));
                }
                System.out.println("import " + o.file().getFileName() + ": " + o.recordsRead() + " records (vetting)");
            }
            System.out.printf("imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
            // The index is built once, after all files (not per file), so the demo ends searchable: the first
            // discover answers from it instead of building it.
            boolean changed = outcomes.stream().anyMatch(o -> !o.summary().changedNothing())
                    || vetting.stream().anyMatch(o -> o.creatorsChanged() > 0);
            long total = app.catalog().countCreators();
            if (changed || app.search().index().size() != total) {
                long indexing = System.nanoTime();
                java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
                long indexed = app.search().rebuild(IndexProgress.progress(err, total, "building the search index"));
                System.out.println("search index: "
                        + IndexProgress.summary(app.search().indexer(), indexed, "creators", indexing) + " into "
                        + app.search().describe());
            } else {
                System.out.println("search index: up to date (" + total + " creators), nothing new to embed");
            }
            System.out.println();
            var truth = GeneratedGroundTruth.read(dir.resolve(CatalogFiles.GROUND_TRUTH));
            DemoCatalog.origins(app).mark(truth.keySet(), io.microscout.store.CreatorOrigins.DEMO);
            CatalogOverview overview = new CatalogOverview(app.tierScheme(), truth);
            app.catalog().forEachEntry(overview::add);
            overview.printGlance(System.out);
            var first = overview.printTop(System.out, niche, top, showTruth, e -> {
                var stored = app.authenticityRecords()
                        .of(List.of(e.creator().key()))
                        .get(e.creator().key());
                return stored == null ? null : stored.score();
            });
            System.out.println();
            String same = catalog.sameCatalogFlags();
            String creator = first.map(e -> e.creator().key().toString()).orElse("PLATFORM:HANDLE");
            System.out.println("Next: ./microscout creators --tier micro" + same + "; ./microscout creator " + creator
                    + same + "; ./microscout discover --brief examples/brief-vegan-skincare.yaml" + same + "."
                    + " The generated files (also followers-sample.csv, comments.csv, ground-truth.csv) are in " + dir);
        }
        return 0;
    }

    /** Writes the catalog unless an earlier run did (the generator is deterministic: it would be the same). */
    private void generate(Path dir) throws java.io.IOException {
        if (Files.exists(dir.resolve(CatalogFiles.GROUND_TRUTH))) {
            System.out.println("using the catalog generated earlier in " + dir);
            return;
        }
        long started = System.nanoTime();
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        try (CatalogFiles files = new CatalogFiles(partial)) {
            new CatalogGenerator(GeneratorSettings.of(creators, seed)).generate(files);
        }
        Files.move(partial, dir);
        System.out.printf(
                "generated %,d creators (seed %d) in %.1f s into %s%n",
                creators, seed, (System.nanoTime() - started) / 1e9, dir);
    }
}
