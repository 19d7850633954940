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

    public StoreLocation location() {
        return StoreLocation.resolve(db, home);
    }

    /** Opens MicroScout with these options; the caller closes it. */
    public MicroScout open() {
        return MicroScout.open(location(), tierScheme, metricsWindow, index);
    }
}
