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
 * Written in the store's transaction, so a crash can never leave changed rows without their markers.
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
        for (What what : What.values()) {
            clear(con, touched, what);
            try (PreparedStatement ps =
                    con.prepareStatement("INSERT INTO stale_creators (platform, handle, what) VALUES (?, ?, ?)")) {
                Batches.run(ps, touched, (p, k) -> {
                    p.setString(1, k.platform().id());
                    p.setString(2, k.handle());
                    p.setString(3, what.id);
                });
            }
        }
    }

    static void clear(Connection con, Collection<CreatorKey> keys, What what) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("DELETE FROM stale_creators WHERE platform = ? AND handle = ? AND what = ?")) {
            Batches.run(ps, keys, (p, k) -> {
                p.setString(1, k.platform().id());
                p.setString(2, k.handle());
                p.setString(3, what.id);
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
