package io.microscout.store;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads stored rows by many keys at once: one query with an array parameter per thousand keys (indexed on H2
 * and PostgreSQL alike), never a query per row.
 */
final class KeyedReads {
    static final int CHUNK = 1000;
    private static final String CREATOR_BY_HANDLE = "c.platform = ? AND c.handle = t.k";

    record Stored<T>(long id, T value) {}

    record PostKey(Platform platform, String postId) {
        static PostKey of(Post p) {
            return new PostKey(p.creator().platform(), p.platformPostId());
        }
    }

    record SnapshotKey(long creatorId, Instant at) {}

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private final Connection con;
    private final SqlDialect dialect;

    KeyedReads(Connection con, SqlDialect dialect) {
        this.con = con;
        this.dialect = dialect;
    }

    /** Creators by handle: parameters the list of handles, then the platform. */
    static String creatorsSql(SqlDialect dialect) {
        return "SELECT " + CreatorRows.SELECT_COLUMNS + dialect.fromListJoin("creators c", CREATOR_BY_HANDLE);
    }

    static String creatorIdsSql(SqlDialect dialect) {
        return "SELECT c.id, c.platform, c.handle" + dialect.fromListJoin("creators c", CREATOR_BY_HANDLE);
    }

    /** Posts by platform post id: parameters the list of post ids, then the platform. */
    static String postsSql(SqlDialect dialect) {
        return "SELECT " + PostRows.SELECT_COLUMNS
                + dialect.fromListJoin("posts p", "p.platform = ? AND p.platform_post_id = t.k")
                + " JOIN creators c ON c.id = p.creator_id";
    }

    Map<CreatorKey, Stored<Creator>> creators(Collection<CreatorKey> keys) throws SQLException {
        Map<CreatorKey, Stored<Creator>> found = new HashMap<>();
        byPlatform(keys, CreatorKey::platform, CreatorKey::handle, creatorsSql(dialect), rs -> {
            Creator c = CreatorRows.read(rs);
            found.put(c.key(), new Stored<>(rs.getLong("id"), c));
        });
        return found;
    }

    Map<CreatorKey, Long> creatorIds(Collection<CreatorKey> keys) throws SQLException {
        Map<CreatorKey, Long> found = new HashMap<>();
        byPlatform(
                keys,
                CreatorKey::platform,
                CreatorKey::handle,
                creatorIdsSql(dialect),
                rs -> found.put(CreatorRows.key(rs), rs.getLong("id")));
        return found;
    }

    Map<PostKey, Stored<Post>> posts(Collection<PostKey> keys) throws SQLException {
        Map<PostKey, Stored<Post>> found = new HashMap<>();
        byPlatform(keys, PostKey::platform, PostKey::postId, postsSql(dialect), rs -> {
            Post p = PostRows.read(rs);
            found.put(PostKey.of(p), new Stored<>(rs.getLong("id"), p));
        });
        return found;
    }

    Set<SnapshotKey> snapshotKeys(Collection<Long> creatorIds) throws SQLException {
        Set<SnapshotKey> found = new HashSet<>();
        forIds(
                creatorIds,
                "SELECT creator_id, taken_at FROM follower_snapshots WHERE " + dialect.inList("creator_id"),
                rs -> found.add(new SnapshotKey(rs.getLong("creator_id"), Jdbc.getInstant(rs, "taken_at"))));
        return found;
    }

    /** Runs {@code sql} (one list parameter of BIGINT ids, {@link SqlDialect#inList}) per chunk of ids. */
    void forIds(Collection<Long> ids, String sql, RowReader reader) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                dialect.bindList(con, ps, 1, "BIGINT", chunk.toArray(new Long[0]));
                readAll(ps, reader);
            }
        }
    }

    /**
     * Runs {@code sql} (parameters: array of texts, platform id) per platform and chunk of keys. The texts are
     * joined as a table ({@code FROM UNNEST(?) AS t(k) JOIN ...}): H2 uses the (platform, text) index for that,
     * while {@code text = ANY(?)} on the second column of an index made it scan the whole table.
     */
    private <K> void byPlatform(
            Collection<K> keys, Function<K, Platform> platform, Function<K, String> text, String sql, RowReader reader)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Map<Platform, List<String>> grouped = new EnumMap<>(Platform.class);
        for (K k : keys) {
            grouped.computeIfAbsent(platform.apply(k), p -> new ArrayList<>()).add(text.apply(k));
        }
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (Map.Entry<Platform, List<String>> e : grouped.entrySet()) {
                List<String> all = e.getValue();
                for (int from = 0; from < all.size(); from += CHUNK) {
                    List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                    dialect.bindList(con, ps, 1, "VARCHAR", chunk.toArray(new String[0]));
                    ps.setString(2, e.getKey().id());
                    readAll(ps, reader);
                }
            }
        }
    }

    private static void readAll(PreparedStatement ps, RowReader reader) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
