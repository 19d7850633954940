package io.microscout.store;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import io.microscout.metrics.CreatorMetrics;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The catalog in a SQL database (H2 or PostgreSQL); see {@link CatalogWriter} for the bulk write path. */
final class JdbcCreatorCatalog implements CreatorCatalog {
    private static final String BY_KEY = " WHERE c.platform = ? AND c.handle = ?";
    private static final String NEWEST_FIRST = " ORDER BY p.published_at DESC NULLS LAST, p.platform_post_id";

    private final Jdbi jdbi;
    private final Jdbi writes;
    private final SqlDialect dialect;

    /** @param writes where batches are stored (on SQLite the writer connection with the larger page cache) */
    JdbcCreatorCatalog(Jdbi jdbi, Jdbi writes, SqlDialect dialect) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.dialect = dialect;
    }

    @Override
    public StoreSummary store(CatalogBatch batch) {
        if (batch.isEmpty()) {
            return StoreSummary.empty();
        }
        return inTransaction(writes, h -> {
            dialect.claimWriteLock(h.getConnection());
            StoreSummary summary = new CatalogWriter(h.getConnection(), dialect).store(batch);
            if (!summary.changedNothing()) {
                StaleCreators.mark(h.getConnection(), batch);
            }
            return summary;
        });
    }

    @Override
    public java.util.Set<CreatorKey> staleCreators() {
        return inTransaction(h -> StaleCreators.all(h.getConnection(), StaleCreators.What.DERIVED));
    }

    @Override
    public long staleMarkPoint() {
        return inTransaction(h -> StaleCreators.point(h.getConnection()));
    }

    @Override
    public void markFresh(Collection<CreatorKey> keys, long upTo) {
        clearMarks(keys, StaleCreators.What.DERIVED, upTo);
    }

    @Override
    public java.util.Set<CreatorKey> unindexedCreators() {
        return inTransaction(h -> StaleCreators.all(h.getConnection(), StaleCreators.What.INDEX));
    }

    @Override
    public void markIndexed(Collection<CreatorKey> keys, long upTo) {
        clearMarks(keys, StaleCreators.What.INDEX, upTo);
    }

    private void clearMarks(Collection<CreatorKey> keys, StaleCreators.What what, long upTo) {
        if (!keys.isEmpty()) {
            inTransaction(h -> {
                dialect.claimWriteLock(h.getConnection());
                StaleCreators.clear(h.getConnection(), keys, what, upTo);
                return null;
            });
        }
    }

    @Override
    public Optional<Creator> creator(CreatorKey key) {
        return jdbi.withHandle(h -> byKey(h, CreatorRows.SELECT + BY_KEY, key)
                .map((rs, ctx) -> CreatorRows.read(rs))
                .findOne());
    }

    @Override
    public Map<CreatorKey, Creator> creatorsOf(Collection<CreatorKey> keys) {
        return inTransaction(h -> {
            Map<CreatorKey, Creator> all = new HashMap<>();
            new KeyedReads(h.getConnection(), dialect)
                    .creators(keys)
                    .forEach((k, stored) -> all.put(k, stored.value()));
            return all;
        });
    }

    @Override
    public Optional<CreatorKey> findByPlatformId(Platform platform, String platformId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.platform, c.handle FROM creators c"
                        + " WHERE c.platform = ? AND c.platform_id = ? ORDER BY c.handle")
                .bind(0, platform.id())
                .bind(1, platformId)
                .map((rs, ctx) -> CreatorRows.key(rs))
                .findFirst());
    }

    @Override
    public List<Post> posts(CreatorKey key) {
        return jdbi.withHandle(h -> byKey(h, PostRows.SELECT + BY_KEY + NEWEST_FIRST, key)
                .map((rs, ctx) -> PostRows.read(rs))
                .list());
    }

    @Override
    public List<FollowerSnapshot> snapshots(CreatorKey key) {
        return jdbi.withHandle(h -> byKey(
                        h,
                        "SELECT s.taken_at, s.followers, s.following, s.media_count"
                                + " FROM follower_snapshots s JOIN creators c ON c.id = s.creator_id" + BY_KEY
                                + " ORDER BY s.taken_at",
                        key)
                .map((rs, ctx) -> new FollowerSnapshot(
                        key,
                        Jdbc.getInstant(rs, "taken_at"),
                        rs.getLong("followers"),
                        Jdbc.getLong(rs, "following"),
                        Jdbc.getLong(rs, "media_count")))
                .list());
    }

    @Override
    public Map<CreatorKey, List<Post>> postsOf(Collection<CreatorKey> keys) {
        return inTransaction(h -> {
            KeyedReads reads = new KeyedReads(h.getConnection(), dialect);
            Map<CreatorKey, List<Post>> all = new HashMap<>();
            Map<Long, CreatorKey> keyOf = keysById(reads.creatorIds(keys));
            reads.forIds(
                    keyOf.keySet(), PostRows.SELECT_BY_CREATOR_ID + " WHERE " + dialect.inList("p.creator_id"), rs -> {
                        Post p = PostRows.read(rs, keyOf.get(rs.getLong("creator_id")));
                        all.computeIfAbsent(p.creator(), k -> new ArrayList<>()).add(p);
                    });
            all.values().forEach(list -> list.sort(StoredOrder.POSTS_NEWEST_FIRST));
            return all;
        });
    }

    @Override
    public Map<CreatorKey, List<FollowerSnapshot>> snapshotsOf(Collection<CreatorKey> keys) {
        return inTransaction(h -> {
            KeyedReads reads = new KeyedReads(h.getConnection(), dialect);
            Map<Long, CreatorKey> keyOf = keysById(reads.creatorIds(keys));
            Map<CreatorKey, List<FollowerSnapshot>> all = new HashMap<>();
            reads.forIds(
                    keyOf.keySet(),
                    "SELECT s.creator_id, s.taken_at, s.followers, s.following, s.media_count"
                            + " FROM follower_snapshots s WHERE " + dialect.inList("s.creator_id"),
                    rs -> {
                        CreatorKey k = keyOf.get(rs.getLong("creator_id"));
                        all.computeIfAbsent(k, x -> new ArrayList<>())
                                .add(new FollowerSnapshot(
                                        k,
                                        Jdbc.getInstant(rs, "taken_at"),
                                        rs.getLong("followers"),
                                        Jdbc.getLong(rs, "following"),
                                        Jdbc.getLong(rs, "media_count")));
                    });
            all.values().forEach(list -> list.sort(StoredOrder.SNAPSHOTS_OLDEST_FIRST));
            return all;
        });
    }

    private static Map<Long, CreatorKey> keysById(Map<CreatorKey, Long> ids) {
        Map<Long, CreatorKey> keyOf = new HashMap<>();
        ids.forEach((k, id) -> keyOf.put(id, k));
        return keyOf;
    }

    @Override
    public void saveMetrics(Collection<CatalogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String upsert = dialect.upsert("creator_metrics", List.of("creator_id"), MetricsRows.COLUMNS);
        inTransaction(h -> {
            dialect.claimWriteLock(h.getConnection());
            Map<CreatorKey, Long> ids = new KeyedReads(h.getConnection(), dialect)
                    .creatorIds(entries.stream().map(e -> e.creator().key()).toList());
            try (PreparedStatement ps = h.getConnection().prepareStatement(upsert)) {
                Batches.run(
                        ps, entries.stream().filter(e -> e.metrics() != null).toList(), (p, e) -> {
                            Long id = ids.get(e.creator().key());
                            if (id == null) {
                                throw new IllegalArgumentException(
                                        "metrics of " + e.creator().key() + ": no such creator in the catalog");
                            }
                            MetricsRows.bind(p, id, e.metrics());
                        });
            }
            return null;
        });
    }

    @Override
    public List<CatalogEntry> find(CreatorFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(FilterSql.ENTRY_SELECT + sql.where
                    + " ORDER BY c.followers DESC NULLS LAST, c.platform, c.handle LIMIT ? OFFSET ?");
            int i = 0;
            for (Object p : sql.params) {
                q.bind(i++, p);
            }
            q.bind(i++, filter.limit()).bind(i, filter.offset());
            return q.map((rs, ctx) -> new CatalogEntry(CreatorRows.read(rs), MetricsRows.read(rs)))
                    .list();
        });
    }

    @Override
    public long count(CreatorFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT COUNT(*)" + FilterSql.FROM + sql.where);
            int i = 0;
            for (Object p : sql.params) {
                q.bind(i++, p);
            }
            return q.mapTo(Long.class).one();
        });
    }

    @Override
    public long countCreators() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM creators").mapTo(Long.class).one());
    }

    @Override
    public long countPosts() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
    }

    @Override
    public void forEachEntry(Consumer<CatalogEntry> visitor) {
        jdbi.useTransaction(h -> h.createQuery(FilterSql.ENTRY_SELECT + " ORDER BY c.platform, c.handle")
                .setFetchSize(1000)
                .map((rs, ctx) -> new CatalogEntry(CreatorRows.read(rs), MetricsRows.read(rs)))
                .useStream(s -> s.forEach(visitor)));
    }

    @Override
    public Optional<CreatorMetrics> metrics(CreatorKey key) {
        return jdbi.withHandle(h -> byKey(
                        h,
                        "SELECT " + MetricsRows.SELECT_COLUMNS
                                + " FROM creator_metrics m JOIN creators c ON c.id = m.creator_id" + BY_KEY,
                        key)
                .map((rs, ctx) -> MetricsRows.read(rs))
                .findOne());
    }

    @Override
    public Map<CreatorKey, CreatorMetrics> metricsOf(Collection<CreatorKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return inTransaction(h -> {
            KeyedReads reads = new KeyedReads(h.getConnection(), dialect);
            Map<Long, CreatorKey> keyOf = keysById(reads.creatorIds(keys));
            Map<CreatorKey, CreatorMetrics> all = new HashMap<>();
            reads.forIds(
                    keyOf.keySet(),
                    "SELECT " + MetricsRows.SELECT_COLUMNS + " FROM creator_metrics m WHERE "
                            + dialect.inList("m.creator_id"),
                    rs -> all.put(keyOf.get(rs.getLong("creator_id")), MetricsRows.read(rs)));
            return all;
        });
    }

    /** Runs the work in one transaction; a database error becomes unchecked (user errors pass as they are). */
    private <T> T inTransaction(HandleCallback<T, SQLException> work) {
        return inTransaction(jdbi, work);
    }

    private static <T> T inTransaction(Jdbi on, HandleCallback<T, SQLException> work) {
        try {
            return on.inTransaction(work);
        } catch (SQLException e) {
            throw new CatalogStoreException(e);
        }
    }

    private static Query byKey(Handle h, String sql, CreatorKey key) {
        return h.createQuery(sql).bind(0, key.platform().id()).bind(1, key.handle());
    }
}
