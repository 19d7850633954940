package io.microscout.cli.outreach;

import io.microscout.cli.common.CatalogOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
}
