package io.microscout.bench.discover;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The baseline a team would build by hand: PostgreSQL full-text search. A table of the catalog with a stored
 * {@code tsvector} (the 'english' configuration) under a GIN index, B-tree indexes on the filter columns and a
 * GIN index on the niches array; a brief becomes {@code tsv @@ to_tsquery('w1 | w2 | ...')} with the same hard
 * filters as WHERE clauses, ordered by {@code ts_rank}. It has no vectors: it answers the keyword part only.
 */
public final class PostgresFtsBaseline {

    static final String TABLE = "microscout_bench_creators";
    private static final int COPY_CHUNK = 20_000;

    private final String jdbcUrl;

    public PostgresFtsBaseline(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** (Re)creates the table with COPY, then builds the indexes and statistics. */
    public void load(List<IndexedCreator> creators) throws SQLException, java.io.IOException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE UNLOGGED TABLE " + TABLE + " (key text PRIMARY KEY, platform text NOT NULL,"
                    + " followers bigint, authenticity double precision, country text, language text,"
                    + " niches text[] NOT NULL, body text NOT NULL,"
                    + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY " + TABLE + " (key, platform, followers, authenticity, country, language, niches, body)"
                    + " FROM STDIN WITH (FORMAT csv)";
            for (int from = 0; from < creators.size(); from += COPY_CHUNK) {
                StringBuilder rows = new StringBuilder();
                for (IndexedCreator k : creators.subList(from, Math.min(creators.size(), from + COPY_CHUNK))) {
                    row(rows, k);
                }
                copy.copyIn(sql, new StringReader(rows.toString()));
            }
            s.execute("CREATE INDEX ON " + TABLE + " USING gin (tsv)");
            s.execute("CREATE INDEX ON " + TABLE + " (platform)");
            s.execute("CREATE INDEX ON " + TABLE + " (followers)");
            s.execute("CREATE INDEX ON " + TABLE + " (country)");
            s.execute("CREATE INDEX ON " + TABLE + " (authenticity)");
            s.execute("CREATE INDEX ON " + TABLE + " USING gin (niches)");
            s.execute("VACUUM ANALYZE " + TABLE);
        }
    }

    public void drop() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    /** Table and index bytes. */
    public long sizeInBytes() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + TABLE + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether this baseline can answer the query at all (it needs keywords). */
    public static boolean answers(IndexQuery q) {
        return !tsQuery(q.keywords()).isEmpty();
    }

    /** The keys of the best {@code q.candidates()} by ts_rank under the same filters. */
    public List<String> search(Connection c, IndexQuery q) throws SQLException {
        IndexFilter f = q.filter();
        StringBuilder sql = new StringBuilder(
                "SELECT key, ts_rank(tsv, q) AS rank FROM " + TABLE + ", to_tsquery('english', ?) q WHERE tsv @@ q");
        List<Object> args = new ArrayList<>();
        args.add(tsQuery(q.keywords()));
        if (!f.platforms().isEmpty()) {
            sql.append(" AND platform = ANY(?)");
            args.add(f.platforms().stream().map(Platform::id).toArray(String[]::new));
        }
        if (f.minFollowers() != null) {
            sql.append(" AND followers >= ?");
            args.add(f.minFollowers());
        }
        if (f.maxFollowers() != null) {
            sql.append(" AND followers < ?");
            args.add(f.maxFollowers());
        }
        if (!f.countryCodes().isEmpty()) {
            sql.append(" AND country = ANY(?)");
            args.add(f.countryCodes().toArray(String[]::new));
        }
        if (!f.languageCodes().isEmpty()) {
            sql.append(" AND language = ANY(?)");
            args.add(f.languageCodes().toArray(String[]::new));
        }
        if (f.minAuthenticity() != null) {
            sql.append(" AND authenticity >= ?");
            args.add(f.minAuthenticity());
        }
        if (!f.niches().isEmpty()) {
            sql.append(" AND niches && ?");
            args.add(f.niches().toArray(String[]::new));
        }
        if (!f.excluded().isEmpty()) {
            sql.append(" AND key <> ALL(?)");
            args.add(f.excluded().stream().map(CreatorKey::toString).toArray(String[]::new));
        }
        sql.append(" ORDER BY rank DESC LIMIT ").append(q.candidates());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        }
    }

    /** "w1 | w2" from the keywords' words (letters and digits only, so no tsquery syntax can slip in). */
    static String tsQuery(String keywords) {
        if (keywords == null) {
            return "";
        }
        return java.util.Arrays.stream(keywords.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .collect(Collectors.joining(" | "));
    }

    private static void row(StringBuilder out, IndexedCreator c) {
        out.append(csv(c.key().toString()))
                .append(',')
                .append(c.key().platform().id())
                .append(',')
                .append(c.followers() == null ? "" : c.followers())
                .append(',')
                .append(c.authenticity() == null ? "" : c.authenticity())
                .append(',')
                .append(csv(c.countryCode()))
                .append(',')
                .append(csv(c.languageCode()))
                .append(',')
                .append(csv(c.niches().stream().map(n -> '"' + n + '"').collect(Collectors.joining(",", "{", "}"))))
                .append(',')
                .append(csv(c.text()))
                .append('\n');
    }

    private static String csv(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }
}
