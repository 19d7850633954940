package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.CommandGroup;
import io.microscout.cli.common.IndexProgress;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microscout index ...}: the discovery search index kept under {@code <home>/index}. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "The discovery search index (<home>/index): imports keep it up to date; rebuild it after an"
                + " import with --no-index or when in doubt.",
        subcommands = {IndexCommand.Rebuild.class})
final class IndexCommand extends CommandGroup {

    @Command(
            name = "rebuild",
            mixinStandardHelpOptions = true,
            description =
                    "Reindex every creator of the catalog (content profile, niches, MiniLM embedding of name,"
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
                long n = app.search()
                        .rebuild(IndexProgress.progress(
                                spec.commandLine().getErr(), total, "rebuilding the search index"));
                out.println(IndexProgress.summary(app.search().indexer(), n, "creators", start) + " into "
                        + app.search().describe());
            }
            out.flush();
            return 0;
        }
    }
}
