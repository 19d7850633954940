package io.microscout.cli.privacy;

import io.microscout.app.HomeBackup;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout backup --to DIR}: a consistent copy of the home, taken while it may be in use. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Copy the home into a new folder: the SQLite catalog (a consistent snapshot, VACUUM INTO, while"
                + " serve and other commands may run), the search index's last commit and settings.yaml, with the rows"
                + " per table that restore checks. A PostgreSQL catalog (--db) is backed up with pg_dump instead.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "the backup folder (new, or empty)")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            HomeBackup.Summary s = HomeBackup.backup(app, to);
            if (s.databaseCopied()) {
                out.println("backed up " + app.location().home() + " to " + to + ": "
                        + s.rows().values().stream().mapToLong(Long::longValue).sum() + " rows in "
                        + s.rows().size()
                        + " tables, " + s.indexDocuments() + " documents in the search index");
            } else {
                out.println("backed up the search index (" + s.indexDocuments() + " documents) and settings to " + to
                        + "; the catalog is in " + app.location().describe() + ": back it up with pg_dump, e.g."
                        + " pg_dump --format=custom --file " + to.resolve("catalog.pgdump")
                        + " 'postgresql://USER@HOST:PORT/DB' (it copies a running database consistently)");
            }
        }
        out.flush();
        return 0;
    }
}
