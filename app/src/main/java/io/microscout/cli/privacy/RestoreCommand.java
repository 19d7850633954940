package io.microscout.cli.privacy;

import io.microscout.app.HomeBackup;
import io.microscout.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout restore --from DIR --home HOME}: a backup back into a home. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore a backup (microscout backup) into a home, after checking it (SQLite integrity, rows per"
                + " table). A home that holds a catalog or index is refused unless --force, which moves what it holds"
                + " into HOME/replaced-TIME/ (nothing is deleted). Stop serve and other commands on the home first.")
public final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "the backup folder")
    Path from;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "the home to restore into (default: $MICROSCOUT_HOME, else ~/.microscout)")
    Path home;

    @Option(names = "--force", description = "replace what the home holds (moved aside, not deleted)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = StoreLocation.resolve(null, home).home();
        HomeBackup.Summary s = HomeBackup.restore(from, target, force);
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + from + " into " + target + ": "
                + (s.databaseCopied()
                        ? s.rows().values().stream().mapToLong(Long::longValue).sum() + " rows in "
                                + s.rows().size() + " tables (checked against the backup's counts), "
                        : "no catalog database in the backup (a PostgreSQL catalog: restore it with pg_restore), ")
                + s.indexDocuments() + " documents in the search index");
        out.flush();
        return 0;
    }
}
