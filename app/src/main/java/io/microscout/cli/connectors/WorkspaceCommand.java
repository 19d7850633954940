package io.microscout.cli.connectors;

import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.connector.WorkspaceLabel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code credentials} and {@code watch} command takes: the home, {@code --workspace}; it opens the home
 * and runs against the workspace's connector services.
 */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--workspace", paramLabel = "W", description = "the workspace (name or id); default the home")
    String workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        check();
        try (MicroScout app = catalog.open()) {
            ConnectorServices s = new ConnectorServices(app);
            return run(app, s, s.workspace(workspace));
        }
    }

    /** The command's own checks of its arguments, before the home is opened; none by default. */
    void check() throws Exception {}

    abstract int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) throws Exception;

    void say(String line) {
        spec.commandLine().getOut().println(line);
    }
}
