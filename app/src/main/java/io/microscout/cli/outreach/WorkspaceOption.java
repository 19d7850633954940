package io.microscout.cli.outreach;

import io.microscout.app.MicroScout;
import io.microscout.app.OutreachDesk;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.WorkspaceNames;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.Workspace;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which outreach a command acts on: by default the home's own (workspace 0, beside the plans the CLI saved), or a
 * server workspace by name or id, the same records the server shows in that workspace.
 */
public final class WorkspaceOption {
    @Option(
            names = "--workspace",
            paramLabel = "NAME|ID",
            description = "act in this workspace of the server (docs/server.md) and read its plans; default: the "
                    + "home's own outreach and the plans saved with `plan --save`")
    String workspace;

    /** An open app with the outreach of the chosen workspace; closing it closes the app. */
    public record Session(MicroScout app, long workspace, OutreachDesk desk) implements AutoCloseable {
        /** The workspace as the plan and quote tables scope it (null: the home's own). */
        public Long planScope() {
            return workspace == 0 ? null : workspace;
        }

        @Override
        public void close() {
            app.close();
        }
    }

    Session open(CatalogOptions catalog) {
        MicroScout app = catalog.open();
        try {
            long id = resolve(new JdbiAccounts(app.store().jdbi()).workspaces());
            return new Session(app, id, new OutreachDesk(app, id));
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    long resolve(List<Workspace> all) {
        return WorkspaceNames.resolve(workspace, all);
    }

    /** Who the history names as the author of the CLI's moves. */
    static String author() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
