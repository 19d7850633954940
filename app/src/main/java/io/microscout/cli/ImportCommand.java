package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.IndexProgress;
import io.microscout.creator.Platform;
import io.microscout.creator.StoreSummary;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.SourceReader;
import io.microscout.importer.formats.SourceReaders;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports files into the catalog, one transaction per file, and recomputes the metrics of the"
                    + " creators they touch. Importing the same data again changes nothing.",
            "A file with problems is reported (file:line or JSON path, field, reason) and nothing of it is stored,"
                    + " unless --skip-invalid is given. Exit code 2 when a file was not stored."
        })
final class ImportCommand implements Callable<Integer> {
    private final Function<String, SourceReader> readers;

    ImportCommand() {
        this(SourceReaders::forFormat);
    }

    /** With other readers by format name (tests). */
    ImportCommand(Function<String, SourceReader> readers) {
        this.readers = readers;
    }

    @Mixin
    CatalogOptions catalog;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "files to import (profiles and media pages of one format)")
    List<Path> files;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "the files' format: instagram-graph, youtube, tiktok or csv (catalog records), followers"
                    + " (a creator's follower sample, one profile per row), comments (comments under its posts),"
                    + " insights (Instagram insights follower_demographics / engaged_audience_demographics) or"
                    + " media-kit (a CSV of audience shares: dimension, value, share)")
    String format;

    @Option(
            names = "--map",
            split = ",",
            paramLabel = "COLUMN=FILE_COLUMN",
            description =
                    "CSV column mapping, MicroScout's column = the file's, e.g. --map followers=Followers,handle=channel_info")
    Map<String, String> columnMap = new LinkedHashMap<>();

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "the files' encoding (default UTF-8), e.g. windows-1252")
    String encoding;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "platform of records that do not name one")
    String platform;

    @Option(
            names = "--creator",
            paramLabel = "PLATFORM:HANDLE",
            description =
                    "followers/comments/insights/media-kit: the creator of files without a creator column (or platform"
                            + " + handle columns); tiktok: the user of a Research API user info answer")
    String creator;

    @Option(
            names = "--skip-invalid",
            description = "store the valid records of a file with problems, and report each skipped one")
    boolean skipInvalid;

    @Option(
            names = "--no-index",
            description = "do not update the discovery search index (much faster for big imports:"
                    + " MiniLM embeds 10-150 texts/s on 2 busy cores); run ./microscout index rebuild afterwards")
    boolean noIndex;

    @Option(
            names = "--allow-forgotten",
            description = "import creators forgotten on request (microscout forget) too; by default they are skipped"
                    + " with a warning")
    boolean allowForgotten;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new NoSuchFileException(f.toString());
            }
        }
        ImportOptions options = new ImportOptions(
                        columnMap,
                        charset(),
                        platform == null ? null : Platform.parse(platform),
                        skipInvalid,
                        Instant.now())
                .withAllowForgotten(allowForgotten);
        if (AudienceImports.FORMATS.contains(format.toLowerCase(java.util.Locale.ROOT))) {
            return AudienceImports.run(catalog, files, format, options, creator, spec);
        }
        SourceReader reader;
        if (creator != null && format.equalsIgnoreCase("tiktok")) {
            // TikTok Research API user info names no user: the one its request asked for (docs/connectors.md)
            reader = new io.microscout.importer.tiktok.TikTokReader(
                    io.microscout.creator.CreatorKey.parse(creator).handle());
        } else if (creator != null) {
            throw new IllegalArgumentException(
                    "--creator is for --format followers, comments, insights or media-kit (or tiktok Research API user info)");
        } else {
            reader = readers.apply(format);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileOutcome> outcomes;
        String indexLine;
        try (MicroScout app = catalog.open()) {
            if (noIndex) {
                app.search().indexer().suspend();
            }
            String mixing = DemoCatalog.mixingWarning(app);
            if (mixing != null) {
                err.println(mixing);
            }
            long started = System.nanoTime();
            long indexedBefore = app.search().indexer().creatorsIndexed();
            // the progress line rewrites itself with CR, which the command's own (control-free) stderr drops
            TerminalProgress progress = System.console() == null
                    ? null
                    : new TerminalProgress(new PrintWriter(
                            new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset()),
                            true));
            outcomes = app.imports()
                    .importFiles(files, reader, options, progress == null ? ImportProgress.silent() : progress);
            if (progress != null) {
                progress.finish();
            }
            indexLine = noIndex
                    ? "search index not updated (--no-index): the next command that opens it (discover, plan, serve)"
                            + " indexes the changed creators, or run ./microscout index rebuild"
                    : "search index: "
                            + IndexProgress.summary(
                                    app.search().indexer(),
                                    app.search().indexer().creatorsIndexed() - indexedBefore,
                                    "creator updates (one per creator per file)",
                                    started)
                            + " (time of import and indexing)";
        }
        boolean failed = false;
        for (FileOutcome o : outcomes) {
            for (ImportProblem p : o.repairs()) {
                err.println("repaired: " + p);
            }
            failed |= FileReport.print(
                    out, err, o.file(), o.recordsRead(), o.problems(), !o.failed(), describe(o.summary()));
        }
        out.println(indexLine);
        err.flush();
        out.flush();
        return failed ? UserErrors.USER_ERROR : 0;
    }

    static String describe(StoreSummary s) {
        if (s.changedNothing()) {
            return "unchanged (" + s.creatorsUnchanged() + " creators, " + s.postsUnchanged()
                    + " posts already in the catalog)";
        }
        return String.format(
                "creators %d added, %d updated, %d unchanged; posts %d added, %d updated, %d unchanged;"
                        + " snapshots %d added",
                s.creatorsAdded(),
                s.creatorsUpdated(),
                s.creatorsUnchanged(),
                s.postsAdded(),
                s.postsUpdated(),
                s.postsUnchanged(),
                s.snapshotsAdded());
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown encoding '" + encoding + "'; e.g. UTF-8, windows-1252, ISO-8859-1");
        }
    }

    /** One line on the terminal, rewritten after each file: files, records and records per second. */
    static final class TerminalProgress implements ImportProgress {
        private final PrintWriter err;
        private final long start = System.nanoTime();

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(int filesDone, int filesTotal, long recordsRead) {
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            err.printf(
                    "\rimporting: %d/%d files, %,d records, %,.0f records/s   ",
                    filesDone, filesTotal, recordsRead, recordsRead / seconds);
            err.flush();
        }

        void finish() {
            err.println();
        }
    }
}
