package io.microscout.cli.common;

import io.microscout.app.MicroScout;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads or writes the catalog shares: where it is, and the settings. */
public final class CatalogOptions {
    @Option(
            names = "--home",
            paramLabel = "DIR",
            description =
                    "MicroScout's folder: settings.yaml, the embedded SQLite catalog and the search index (default: $MICROSCOUT_HOME, else ~/.microscout)")
    Path home;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "use this PostgreSQL database instead of the embedded one, e.g."
                    + " jdbc:postgresql://localhost:5432/microscout?user=me&password=secret (default: $MICROSCOUT_DB)")
    String db;

    @Option(
            names = "--tier-scheme",
            paramLabel = "NAME|FILE",
            description =
                    "tier brackets: microscout (default), industry, tides, gan2019, or a YAML file (see docs/storage.md)")
    String tierScheme;

    @Option(
            names = "--metrics-window",
            paramLabel = "WINDOW",
            description = "posts the metrics are computed over: e.g. 30posts (default) or 90days")
    String metricsWindow;

    @Option(
            names = "--index",
            paramLabel = "INDEX",
            description = "the discovery index: embedded (<home>/index, the default) or a SolrCloud collection,"
                    + " solr:http://HOST:PORT/solr[,http://HOST2:PORT/solr]/NAME (default: $MICROSCOUT_INDEX;"
                    + " docs/deployment.md)")
    String index;

    /**
     * The options a command the user types next needs to reach the same catalog, for the hints a command prints
     * (empty for the default home). A database URL is not repeated: it may hold a password.
     */
    public String sameCatalogFlags() {
        StringBuilder flags = new StringBuilder();
        if (home != null) {
            flags.append(" --home ").append(ShellWords.quoted(home.toString()));
        }
        if (db != null) {
            flags.append(" --db JDBC_URL");
        }
        if (index != null) {
            flags.append(" --index ").append(ShellWords.quoted(index));
        }
        return flags.toString();
    }

    public StoreLocation location() {
        return StoreLocation.resolve(db, home);
    }

    /** Opens MicroScout with these options; the caller closes it. */
    public MicroScout open() {
        return MicroScout.open(location(), tierScheme, metricsWindow, index);
    }
}
