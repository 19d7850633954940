package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.CommandGroup;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.store.CreatorOrigins;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout catalog ...}: housekeeping of the catalog of a home. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Housekeeping of the catalog: remove the demo's generated creators.",
        subcommands = {CatalogCommand.Remove.class})
final class CatalogCommand extends CommandGroup {

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove every creator of a source with its posts, follower history, metrics, authenticity,"
                    + " follower samples, comments and quotes, in one transaction, and take them out of the search"
                    + " index. Saved plans and workspace notes are kept. Only --source demo is known.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CatalogOptions catalog;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "SOURCE",
                description = "demo: the creators ./microscout demo generated")
        String source;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!CreatorOrigins.DEMO.equals(source)) {
                throw new IllegalArgumentException("--source '" + source
                        + "': only 'demo' (the creators ./microscout demo generated) can be removed");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (MicroScout app = catalog.open()) {
                List<CreatorKey> removed = DemoCatalog.origins(app).remove(source);
                CreatorIndex index = app.search().index();
                removed.forEach(index::remove);
                out.printf(
                        "removed %,d demo creators and their data from %s; %,d creators remain%n",
                        removed.size(), app.location().describe(), app.catalog().countCreators());
            }
            out.flush();
            return 0;
        }
    }
}
