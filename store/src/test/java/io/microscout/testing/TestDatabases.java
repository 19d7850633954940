package io.microscout.testing;

import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Databases for storage tests: the embedded SQLite (default) or H2 in a temporary folder, or the PostgreSQL whose JDBC URL is in
 * the system property {@code microscout.test.postgres} (set by {@code .ci/run}, started by
 * {@code scripts/postgres-test-server}). Each PostgreSQL location gets a schema of its own, so tests never see
 * each other's rows.
 */
public final class TestDatabases {
    public static final String POSTGRES_PROPERTY = "microscout.test.postgres";

    private TestDatabases() {}

    public static StoreLocation sqlite(Path folder) {
        return StoreLocation.sqlite(folder);
    }

    public static StoreLocation h2(Path folder) {
        return StoreLocation.h2(folder);
    }

    /** A fresh, empty schema on the test PostgreSQL; skips the calling test (fails it in CI) when none is configured. */
    public static StoreLocation postgres(Path home) {
        String url = System.getProperty(POSTGRES_PROPERTY, "").trim();
        RequiredComponents.require(
                !url.isEmpty(),
                "no PostgreSQL for tests; start one with" + " scripts/postgres-test-server and pass -D"
                        + POSTGRES_PROPERTY + "=<the JDBC URL it prints>");
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        return StoreLocation.resolve(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, home, java.util.Map.of());
    }
}
