package io.microscout.store;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Where creators came from when the user must know it (table {@code creator_origins}, migration V110): the
 * demo's generated creators are marked {@link #DEMO}, so that listings say so, imports warn before mixing real
 * creators with them, and {@link #remove} takes every row of theirs out of the catalog in one transaction.
 */
public final class CreatorOrigins {
    public static final String DEMO = "demo";

    /**
     * Tables naming creators by platform and handle, deleted with them. Saved plans and workspace notes are
     * kept: they are the user's records of what was decided, not catalog data.
     */
    private static final List<String> BY_HANDLE =
            List.of("post_comments", "creator_authenticity", "stale_creators", "quotes");

    /** Tables naming creators by their id in {@code creators}. */
    private static final List<String> BY_ID = List.of("posts", "follower_snapshots", "creator_metrics");

    private final Jdbi jdbi;

    public CreatorOrigins(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Marks these creators as coming from {@code origin}; marking twice changes nothing. */
    public void mark(Collection<CreatorKey> keys, String origin) {
        Set<CreatorKey> already = new HashSet<>(keysFrom(origin));
        List<CreatorKey> fresh =
                keys.stream().distinct().filter(k -> !already.contains(k)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch insert =
                    h.prepareBatch("INSERT INTO creator_origins (platform, handle, origin) VALUES (:p, :h, :o)");
            for (CreatorKey k : fresh) {
                insert.bind("p", k.platform().id())
                        .bind("h", k.handle())
                        .bind("o", origin)
                        .add();
            }
            insert.execute();
        });
    }

    /** Every stored creator marked with this origin. */
    public List<CreatorKey> keysFrom(String origin) {
        return jdbi.withHandle(h -> h.createQuery("SELECT o.platform, o.handle FROM creator_origins o"
                        + " WHERE o.origin = :o ORDER BY o.platform, o.handle")
                .bind("o", origin)
                .map((rs, ctx) -> new CreatorKey(Platform.parse(rs.getString(1)), rs.getString(2)))
                .list());
    }

    public long count(String origin) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_origins WHERE origin = :o")
                .bind("o", origin)
                .mapTo(Long.class)
                .one());
    }

    /** Those of these keys marked with the origin. */
    public Set<CreatorKey> among(Collection<CreatorKey> keys, String origin) {
        if (keys.isEmpty() || count(origin) == 0) {
            return Set.of();
        }
        Set<CreatorKey> wanted = new HashSet<>(keys);
        Set<CreatorKey> found = new HashSet<>();
        for (CreatorKey k : keysFrom(origin)) {
            if (wanted.contains(k)) {
                found.add(k);
            }
        }
        return found;
    }

    /**
     * Deletes the creators of this origin with their posts, follower history, metrics, authenticity, follower
     * samples, comments and quotes, all in one transaction (on any failure nothing is deleted). Returns the keys
     * removed, so that the caller can take them out of the search index.
     */
    public List<CreatorKey> remove(String origin) {
        return jdbi.inTransaction(h -> {
            List<CreatorKey> keys = h.createQuery("SELECT platform, handle FROM creator_origins WHERE origin = :o")
                    .bind("o", origin)
                    .map((rs, ctx) -> new CreatorKey(Platform.parse(rs.getString(1)), rs.getString(2)))
                    .list();
            String marked = "SELECT 1 FROM creator_origins o WHERE o.origin = :o";
            String creatorIds = "SELECT c.id FROM creators c WHERE EXISTS (" + marked
                    + " AND o.platform = c.platform AND o.handle = c.handle)";
            for (String table : BY_ID) {
                execute(h, "DELETE FROM " + table + " WHERE creator_id IN (" + creatorIds + ")", origin);
            }
            execute(
                    h,
                    "DELETE FROM audience_sample_accounts WHERE sample_id IN (SELECT s.id FROM audience_samples s"
                            + " WHERE EXISTS (" + marked + " AND o.platform = s.platform AND o.handle = s.handle))",
                    origin);
            for (String table : withSamples()) {
                execute(
                        h,
                        "DELETE FROM " + table + " WHERE EXISTS (" + marked + " AND o.platform = " + table
                                + ".platform AND o.handle = " + table + ".handle)",
                        origin);
            }
            execute(h, "DELETE FROM creators WHERE id IN (" + creatorIds + ")", origin);
            execute(h, "DELETE FROM creator_origins WHERE origin = :o", origin);
            return keys;
        });
    }

    private static List<String> withSamples() {
        List<String> all = new ArrayList<>(BY_HANDLE);
        all.add("audience_samples");
        return all;
    }

    private static void execute(Handle h, String sql, String origin) {
        h.createUpdate(sql).bind("o", origin).execute();
    }
}
