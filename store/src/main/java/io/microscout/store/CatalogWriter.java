package io.microscout.store;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores one {@link CatalogBatch} on a connection inside the caller's transaction. The bulk path: the rows
 * already stored for the batch's keys are loaded with one query per thousand keys, compared in memory
 * ({@link Upserts}), and only new and changed rows are written, as JDBC batches of reused prepared statements.
 * So counts are honest (a value that did not change is "unchanged") and storing a batch twice writes nothing.
 */
final class CatalogWriter {
    private static final List<String> SNAPSHOT_COLUMNS =
            List.of("creator_id", "taken_at", "followers", "following", "media_count");
    private final Connection con;
    private final SqlDialect dialect;
    private final KeyedReads reads;
    /** PostgreSQL takes new posts and snapshots by COPY, the other databases by JDBC batches. */
    private final boolean copy;

    CatalogWriter(Connection con, SqlDialect dialect) {
        this.con = con;
        this.dialect = dialect;
        this.reads = new KeyedReads(con, dialect);
        this.copy = dialect == SqlDialect.POSTGRES && PostgresCopy.available(con);
    }

    StoreSummary store(CatalogBatch batch) throws SQLException {
        Map<CreatorKey, Creator> creators = new LinkedHashMap<>();
        for (Creator c : batch.creators()) {
            creators.merge(c.key(), CreatorRows.storable(c), (stored, incoming) -> Upserts.merge(stored, incoming));
        }
        Map<CreatorKey, KeyedReads.Stored<Creator>> existing = reads.creators(creators.keySet());
        List<Creator> inserts = new ArrayList<>();
        Map<Long, Creator> updates = new LinkedHashMap<>();
        for (Creator incoming : creators.values()) {
            KeyedReads.Stored<Creator> stored = existing.get(incoming.key());
            if (stored == null) {
                inserts.add(incoming);
            } else {
                Creator merged = Upserts.merge(stored.value(), incoming);
                if (!merged.equals(stored.value())) {
                    updates.put(stored.id(), merged);
                }
            }
        }
        try (PreparedStatement ps = con.prepareStatement(CreatorRows.INSERT)) {
            Batches.run(ps, inserts, CreatorRows::bind);
        }
        try (PreparedStatement ps = con.prepareStatement(CreatorRows.UPDATE)) {
            Batches.run(ps, updates.entrySet(), (p, e) -> p.setLong(CreatorRows.bind(p, e.getValue()), e.getKey()));
        }
        Map<CreatorKey, Long> ids = creatorIds(batch, existing);
        int[] posts = storePosts(batch.posts(), ids);
        int snapshots = storeSnapshots(batch.snapshots(), ids);
        return new StoreSummary(
                inserts.size(),
                updates.size(),
                creators.size() - inserts.size() - updates.size(),
                posts[0],
                posts[1],
                posts[2],
                snapshots);
    }

    /** Ids of every creator the batch names; fails when a post or snapshot names one that is nowhere. */
    private Map<CreatorKey, Long> creatorIds(CatalogBatch batch, Map<CreatorKey, KeyedReads.Stored<Creator>> existing)
            throws SQLException {
        Map<CreatorKey, Long> ids = new HashMap<>();
        existing.forEach((k, v) -> ids.put(k, v.id()));
        Set<CreatorKey> wanted = new HashSet<>();
        batch.creators().forEach(c -> wanted.add(c.key()));
        batch.posts().forEach(p -> wanted.add(p.creator()));
        batch.snapshots().forEach(s -> wanted.add(s.creator()));
        wanted.removeAll(ids.keySet());
        ids.putAll(reads.creatorIds(wanted));
        wanted.removeAll(ids.keySet());
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException(batch.source() + ": " + wanted.size() + " creator(s) named by posts or"
                    + " snapshots are neither in the batch nor in the catalog, e.g. "
                    + wanted.iterator().next());
        }
        return ids;
    }

    /**
     * Returns {added, updated, unchanged}. All posts are first inserted without looking for stored copies
     * (behind a savepoint): a file of new posts, the common case of a large import, costs no reads. Should one
     * exist after all, the database's unique key refuses the insert, the savepoint is rolled back and every
     * post takes the full path (load the stored copies, merge, write only what changed), so a re-import pays
     * for one refused JDBC batch more than the full path alone. Before, only posts of creators new in this
     * batch took the optimistic path, so a posts file whose creators came in the creators file before it
     * looked up every post (measured: docs/generator.md).
     */
    private int[] storePosts(List<Post> batchPosts, Map<CreatorKey, Long> ids) throws SQLException {
        Map<KeyedReads.PostKey, Post> posts = new LinkedHashMap<>();
        for (Post p : batchPosts) {
            posts.merge(
                    KeyedReads.PostKey.of(p),
                    PostRows.storable(p),
                    (stored, incoming) -> Upserts.merge(stored, incoming));
        }
        if (posts.isEmpty()) {
            return new int[3];
        }
        Savepoint before = con.setSavepoint();
        try {
            insertPosts(posts.values(), ids);
            return new int[] {posts.size(), 0, 0};
        } catch (SQLException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            con.rollback(before);
            return upsertPosts(posts, ids);
        }
    }

    private int[] upsertPosts(Map<KeyedReads.PostKey, Post> posts, Map<CreatorKey, Long> ids) throws SQLException {
        Map<KeyedReads.PostKey, KeyedReads.Stored<Post>> existing = reads.posts(posts.keySet());
        List<Post> inserts = new ArrayList<>();
        Map<Long, Post> updates = new LinkedHashMap<>();
        for (Map.Entry<KeyedReads.PostKey, Post> e : posts.entrySet()) {
            KeyedReads.Stored<Post> stored = existing.get(e.getKey());
            if (stored == null) {
                inserts.add(e.getValue());
            } else {
                Post merged = Upserts.merge(stored.value(), e.getValue());
                if (!merged.equals(stored.value())) {
                    updates.put(stored.id(), merged);
                }
            }
        }
        insertPosts(inserts, ids);
        try (PreparedStatement ps = con.prepareStatement(PostRows.UPDATE)) {
            Batches.run(ps, updates.entrySet(), (p, e) -> {
                Post post = e.getValue();
                p.setLong(PostRows.bind(p, ids.get(post.creator()), post), e.getKey());
            });
        }
        return new int[] {inserts.size(), updates.size(), posts.size() - inserts.size() - updates.size()};
    }

    private void insertPosts(Collection<Post> posts, Map<CreatorKey, Long> ids) throws SQLException {
        if (posts.isEmpty()) {
            return;
        }
        if (copy) {
            PostgresCopy.copy(
                    con,
                    "posts",
                    PostRows.COLUMNS,
                    posts,
                    (post, f) -> PostRows.values(f, ids.get(post.creator()), post));
            return;
        }
        try (PreparedStatement ps = con.prepareStatement(PostRows.INSERT)) {
            Batches.run(ps, posts, (p, post) -> PostRows.bind(p, ids.get(post.creator()), post));
        }
    }

    /** Adds the snapshots not recorded yet (a recorded moment is history: it is never rewritten). */
    private int storeSnapshots(List<FollowerSnapshot> snapshots, Map<CreatorKey, Long> ids) throws SQLException {
        if (snapshots.isEmpty()) {
            return 0;
        }
        Set<Long> creatorIds = new HashSet<>();
        snapshots.forEach(s -> creatorIds.add(ids.get(s.creator())));
        Set<KeyedReads.SnapshotKey> recorded = reads.snapshotKeys(creatorIds);
        List<FollowerSnapshot> inserts = new ArrayList<>();
        for (FollowerSnapshot s : snapshots) {
            Instant at = Jdbc.micros(s.at());
            if (recorded.add(new KeyedReads.SnapshotKey(ids.get(s.creator()), at))) {
                inserts.add(new FollowerSnapshot(s.creator(), at, s.followers(), s.following(), s.mediaCount()));
            }
        }
        if (inserts.isEmpty()) {
            return 0;
        }
        if (copy) {
            PostgresCopy.copy(
                    con,
                    "follower_snapshots",
                    SNAPSHOT_COLUMNS,
                    inserts,
                    (s, f) -> snapshotValues(f, ids.get(s.creator()), s));
            return inserts.size();
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO follower_snapshots ("
                + String.join(", ", SNAPSHOT_COLUMNS) + ") VALUES (?, ?, ?, ?, ?)")) {
            Batches.run(ps, inserts, (p, s) -> snapshotValues(new BoundRow(p), ids.get(s.creator()), s));
        }
        return inserts.size();
    }

    /** A snapshot's values in the order of {@link #SNAPSHOT_COLUMNS}. */
    private static void snapshotValues(RowValues row, long creatorId, FollowerSnapshot s) throws SQLException {
        row.number(creatorId)
                .moment(s.at())
                .number(s.followers())
                .number(s.following())
                .number(s.mediaCount());
    }
}
