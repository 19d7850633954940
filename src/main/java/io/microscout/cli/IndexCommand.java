package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.discovery.CatalogIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code microscout index ...}: the discovery search index kept under {@code <home>/index}. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "The discovery search index (<home>/index): imports keep it up to date; rebuild it after an"
                + " import with --no-index or when in doubt.",
        subcommands = {IndexCommand.Rebuild.class})
final class IndexCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Reindex every creator of the catalog (content profile, niches, MiniLM embedding of name,"
                    + " biography and recent captions), replacing the index. Prints progress and texts embedded per second.")
    static final class Rebuild implements Callable<Integer> {
        @Mixin
        CatalogOptions catalog;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (MicroScout app = catalog.open()) {
                long total = app.catalog().countCreators();
                long start = System.nanoTime();
                long n = app.search().rebuild(progress(spec.commandLine().getErr(), total, "rebuilding the search index"));
                out.println(summary(app.search().indexer(), n, start) + " into " + app.search().folder());
            }
            out.flush();
            return 0;
        }
    }

    /** Progress on stderr: a heading, then "indexed N/TOTAL creators" after each batch. */
    static CatalogIndexer.Progress progress(PrintWriter err, long total, String heading) {
        err.println(heading + " (" + total + " creators)");
        err.flush();
        return n -> {
            err.printf(Locale.ROOT, "\rindexed %,d/%,d creators   ", n, total);
            if (n >= total) {
                err.println();
            }
            err.flush();
        };
    }

    /** "indexed N creators in S s; embedded T texts at R texts/s". */
    static String summary(CatalogIndexer indexer, long creators, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Double rate = indexer.textsPerSecond();
        return String.format(Locale.ROOT, "indexed %,d creators in %.1f s; embedded %,d texts%s", creators, seconds,
                indexer.textsEmbedded(), rate == null ? "" : String.format(Locale.ROOT, " at %.0f texts/s", rate));
    }
}
