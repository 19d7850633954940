package io.microscout.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the catalog lives. A PostgreSQL JDBC URL ({@code --db}, else the {@code MICROSCOUT_DB} environment
 * variable) selects PostgreSQL; otherwise the embedded H2 database under {@code <home>/db}, where home is
 * {@code --home}, else {@code MICROSCOUT_HOME}, else {@code ~/.microscout}.
 *
 * @param home    MicroScout's folder (settings, the H2 database, indexes); always set
 * @param jdbcUrl the database's JDBC URL
 */
public record StoreLocation(Path home, String jdbcUrl) {

    public static StoreLocation resolve(String dbOption, Path homeOption, Map<String, String> env) {
        Path home = homeOption != null ? homeOption
                : present(env.get("MICROSCOUT_HOME")) ? Path.of(env.get("MICROSCOUT_HOME"))
                : Path.of(System.getProperty("user.home"), ".microscout");
        home = home.toAbsolutePath().normalize();
        String db = present(dbOption) ? dbOption.trim() : present(env.get("MICROSCOUT_DB")) ? env.get("MICROSCOUT_DB").trim() : null;
        if (db != null) {
            SqlDialect.of(db);
            return new StoreLocation(home, db);
        }
        return new StoreLocation(home, h2Url(home));
    }

    public static StoreLocation resolve(String dbOption, Path homeOption) {
        return resolve(dbOption, homeOption, System.getenv());
    }

    /** The embedded database of a home folder: a file database in PostgreSQL mode. */
    public static StoreLocation h2(Path home) {
        Path h = home.toAbsolutePath().normalize();
        return new StoreLocation(h, h2Url(h));
    }

    private static String h2Url(Path home) {
        return "jdbc:h2:file:" + home.resolve("db").resolve("catalog")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=131072";
    }

    public boolean isEmbedded() {
        return SqlDialect.of(jdbcUrl) == SqlDialect.H2;
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return isEmbedded() ? "H2 " + home.resolve("db") : jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
