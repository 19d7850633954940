package io.microscout.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the catalog lives. A PostgreSQL JDBC URL ({@code --db}, else the {@code MICROSCOUT_DB} environment
 * variable) selects PostgreSQL; otherwise the embedded SQLite database {@code <home>/db/catalog.sqlite}, where
 * home is {@code --home}, else {@code MICROSCOUT_HOME}, else {@code ~/.microscout}. An H2 file URL
 * ({@code jdbc:h2:file:...}) still opens an H2 database (the old default; see {@link H2Homes}).
 *
 * @param home    MicroScout's folder (settings, the H2 database, indexes); always set
 * @param jdbcUrl the database's JDBC URL
 */
public record StoreLocation(Path home, String jdbcUrl) {

    public static StoreLocation resolve(String dbOption, Path homeOption, Map<String, String> env) {
        Path home = homeOption != null
                ? homeOption
                : present(env.get("MICROSCOUT_HOME"))
                        ? Path.of(env.get("MICROSCOUT_HOME"))
                        : Path.of(System.getProperty("user.home"), ".microscout");
        home = home.toAbsolutePath().normalize();
        String db = present(dbOption)
                ? dbOption.trim()
                : present(env.get("MICROSCOUT_DB")) ? env.get("MICROSCOUT_DB").trim() : null;
        if (db != null) {
            SqlDialect.of(db);
            return new StoreLocation(home, db);
        }
        return sqlite(home);
    }

    public static StoreLocation resolve(String dbOption, Path homeOption) {
        return resolve(dbOption, homeOption, System.getenv());
    }

    /** The embedded database of a home folder: SQLite in WAL mode, {@code <home>/db/catalog.sqlite}. */
    public static StoreLocation sqlite(Path home) {
        Path h = home.toAbsolutePath().normalize();
        return new StoreLocation(h, "jdbc:sqlite:" + sqliteFile(h));
    }

    public static Path sqliteFile(Path home) {
        return home.resolve("db").resolve("catalog.sqlite");
    }

    /** The H2 file database of a home folder (the embedded default before SQLite): PostgreSQL mode. */
    public static StoreLocation h2(Path home) {
        Path h = home.toAbsolutePath().normalize();
        return new StoreLocation(h, h2Url(h));
    }

    /** Where an H2 home keeps its database ({@code catalog.mv.db} inside). */
    public static Path h2File(Path home) {
        return home.resolve("db").resolve("catalog.mv.db");
    }

    private static String h2Url(Path home) {
        return "jdbc:h2:file:" + home.resolve("db").resolve("catalog")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=131072";
    }

    public boolean isEmbedded() {
        return dialect() != SqlDialect.POSTGRES;
    }

    public SqlDialect dialect() {
        return SqlDialect.of(jdbcUrl);
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return switch (dialect()) {
            case SQLITE -> "SQLite " + jdbcUrl.substring("jdbc:sqlite:".length());
            case H2 -> "H2 " + jdbcUrl.substring("jdbc:h2:file:".length()).replaceAll(";.*", "");
            case POSTGRES -> jdbcUrl.replaceAll("password=[^&]*", "password=***");
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
