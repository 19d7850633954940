package io.microscout.bench.ingest;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.SourceReader;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The store's ceiling: the same creators, posts and snapshots written by bare JDBC batches of 1,000 into a
 * fresh catalog (the catalog's own schema, indexes, foreign keys, and the connection the store writes on), one transaction per
 * part, with nothing else: no key lookups, no merging, no stale marks, ids assigned by the writer. What the
 * database engine itself takes on this machine, so the catalog's store can be judged against it in the same
 * run. Files are read untimed.
 */
final class EngineCeiling {
    private static final int BATCH = 1_000;
    private static final String CREATORS = "INSERT INTO creators (id, platform, handle, platform_id, display_name,"
            + " biography, country_code, language_code, followers, following, media_count, links, contact_email,"
            + " category, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String POSTS = "INSERT INTO posts (creator_id, platform, platform_post_id, published_at,"
            + " format, caption, hashtags, mentions, likes, comments, views, shares, saves, sponsored, url)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SNAPSHOTS = "INSERT INTO follower_snapshots (creator_id, taken_at, followers,"
            + " following, media_count) VALUES (?, ?, ?, ?, ?)";

    final Times store = new Times();
    long posts;

    private final Map<CreatorKey, Long> ids = new HashMap<>();

    private EngineCeiling() {}

    static EngineCeiling run(Path home, List<Path> parts, SourceReader reader, ImportOptions options)
            throws IOException, SQLException {
        EngineCeiling r = new EngineCeiling();
        try (CatalogStore catalog = CatalogStore.open(StoreLocation.sqlite(home));
                Handle handle = catalog.catalogWrites().open()) {
            Connection con = handle.getConnection();
            con.setAutoCommit(false);
            for (Path part : parts) {
                List<CatalogBatch> batches = CatalogParts.read(reader, part, options);
                Stopwatch clock = new Stopwatch();
                for (CatalogBatch b : batches) {
                    r.creators(con, b.creators());
                    r.posts(con, b.posts());
                    r.snapshots(con, b.snapshots());
                }
                con.commit();
                r.store.add(clock);
                r.posts += CatalogParts.posts(batches);
            }
            con.setAutoCommit(true);
        }
        return r;
    }

    private void creators(Connection con, List<Creator> creators) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(CREATORS)) {
            int n = 0;
            for (Creator c : creators) {
                long id = ids.size() + 1L;
                ids.put(c.key(), id);
                ps.setLong(1, id);
                ps.setString(2, c.platform().id());
                ps.setString(3, c.handle());
                text(ps, 4, c.platformId());
                text(ps, 5, c.displayName());
                text(ps, 6, c.biography());
                text(ps, 7, c.countryCode());
                text(ps, 8, c.languageCode());
                number(ps, 9, c.followers());
                number(ps, 10, c.following());
                number(ps, 11, c.mediaCount());
                list(ps, 12, c.links());
                text(ps, 13, c.contactEmail());
                text(ps, 14, c.category());
                moment(ps, 15, c.observedAt());
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    private void posts(Connection con, List<Post> posts) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(POSTS)) {
            int n = 0;
            for (Post p : posts) {
                ps.setLong(1, ids.get(p.creator()));
                ps.setString(2, p.creator().platform().id());
                ps.setString(3, p.platformPostId());
                moment(ps, 4, p.publishedAt());
                ps.setString(5, p.format().id());
                text(ps, 6, p.caption());
                list(ps, 7, p.hashtags());
                list(ps, 8, p.mentions());
                number(ps, 9, p.likes());
                number(ps, 10, p.comments());
                number(ps, 11, p.views());
                number(ps, 12, p.shares());
                number(ps, 13, p.saves());
                ps.setBoolean(14, p.sponsored());
                text(ps, 15, p.url());
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    private void snapshots(Connection con, List<FollowerSnapshot> snapshots) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(SNAPSHOTS)) {
            int n = 0;
            for (FollowerSnapshot s : snapshots) {
                ps.setLong(1, ids.get(s.creator()));
                moment(ps, 2, s.at());
                ps.setLong(3, s.followers());
                number(ps, 4, s.following());
                number(ps, 5, s.mediaCount());
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    private static int add(PreparedStatement ps, int n) throws SQLException {
        ps.addBatch();
        if (++n % BATCH == 0) {
            ps.executeBatch();
        }
        return n;
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void number(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** A list as the catalog stores it: one item per line, an empty list as null. */
    private static void list(PreparedStatement ps, int i, List<String> items) throws SQLException {
        text(ps, i, items.isEmpty() ? null : String.join("\n", items));
    }

    /**
     * As ISO-8601 text in UTC, as {@link Instant#toString} prints it: the catalog reads it back the same, though
     * its own writer uses a fixed-width form with microseconds ({@code StoredTime}, not visible from here).
     */
    private static void moment(PreparedStatement ps, int i, Instant v) throws SQLException {
        text(ps, i, v == null ? null : v.toString());
    }
}
