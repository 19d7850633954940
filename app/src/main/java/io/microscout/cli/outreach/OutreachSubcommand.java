package io.microscout.cli.outreach;

import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.CreatorKey;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every outreach subcommand has: the catalog's options, the workspace, and its terminal. */
abstract class OutreachSubcommand {
    @Mixin
    CatalogOptions catalog;

    @Mixin
    WorkspaceOption workspace;

    @Spec
    CommandSpec spec;

    WorkspaceOption.Session open() {
        return workspace.open(catalog);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A subcommand about one creator on the board, named first. */
    abstract static class OnCreator extends OutreachSubcommand {
        @Parameters(index = "0", paramLabel = "PLATFORM:HANDLE")
        String creator;

        /** Does the work on the creator in the workspace and prints the line it returns; exit code 0. */
        int onCreator(BiFunction<WorkspaceOption.Session, CreatorKey, String> work) {
            try (WorkspaceOption.Session s = open()) {
                String line = work.apply(s, CreatorKey.parse(creator));
                PrintWriter out = out();
                out.println(line);
                out.flush();
            }
            return 0;
        }
    }
}
