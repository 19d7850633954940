package io.microscout.store;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code stale_creators} table (V40): creators whose metrics and authenticity ({@code what = 'derived'}) or
 * search index entry ({@code what = 'index'}) have not been brought up to date since their source rows changed.
 * Written in the store's transaction, so a crash can never leave changed rows without their markers. Each mark has
 * its transaction's generation (V190), so that whoever brings a creator up to date clears only the marks made
 * before it read the creator's rows.
 */
public final class StaleCreators {
    /** What lags behind a creator's source rows. */
    enum What {
        /** Metrics and authenticity. */
        DERIVED("derived"),
        /** The creator's document in the discovery index. */
        INDEX("index");

        final String id;

        What(String id) {
            this.id = id;
        }
    }

    private StaleCreators() {}

    /** Marks every creator the batch names as stale in both respects. */
    static void mark(Connection con, CatalogBatch batch) throws SQLException {
        mark(con, batch.namedCreators());
    }

    /**
     * Marks these creators as stale in both respects, on the caller's connection and so in its transaction: what
     * stores other rows their authenticity is scored from (follower samples, comments) calls it beside its inserts.
     */
    public static void markChanged(Connection con, Collection<CreatorKey> creators) {
        try {
            mark(con, creators);
        } catch (SQLException e) {
            throw new CatalogStoreException(e);
        }
    }

    private static void mark(Connection con, Collection<CreatorKey> touched) throws SQLException {
        long generation = nextGeneration(con);
        for (What what : What.values()) {
            clear(con, touched, what, Long.MAX_VALUE);
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO stale_creators (platform, handle, what, generation) VALUES (?, ?, ?, ?)")) {
                Batches.run(ps, touched, (p, k) -> {
                    p.setString(1, k.platform().id());
                    p.setString(2, k.handle());
                    p.setString(3, what.id);
                    p.setLong(4, generation);
                });
            }
        }
    }

    /** The generation of this transaction's marks: the counter, incremented (and locked until commit). */
    private static long nextGeneration(Connection con) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE stale_mark_counter SET generation = generation + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
        return point(con);
    }

    /** The newest generation committed (or made in this transaction): clearing up to it leaves later marks. */
    static long point(Connection con) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT generation FROM stale_mark_counter WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Clears these creators' marks of {@code what} made at generation {@code upTo} or before. */
    static void clear(Connection con, Collection<CreatorKey> keys, What what, long upTo) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "DELETE FROM stale_creators WHERE platform = ? AND handle = ? AND what = ? AND generation <= ?")) {
            Batches.run(ps, keys, (p, k) -> {
                p.setString(1, k.platform().id());
                p.setString(2, k.handle());
                p.setString(3, what.id);
                p.setLong(4, upTo);
            });
        }
    }

    static Set<CreatorKey> all(Connection con, What what) throws SQLException {
        Set<CreatorKey> found = new LinkedHashSet<>();
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT platform, handle FROM stale_creators WHERE what = ? ORDER BY platform, handle")) {
            ps.setString(1, what.id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")));
                }
            }
        }
        return found;
    }
}
