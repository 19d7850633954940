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
 * The {@code stale_creators} table (V40): creators whose metrics and authenticity ({@code what = 'derived'})
 * have not been recomputed since their source rows changed. Written in the store's transaction, so a crash
 * can never leave changed rows without their marker.
 */
final class StaleCreators {
    private static final String DERIVED = "derived";

    private StaleCreators() {}

    static void mark(Connection con, CatalogBatch batch) throws SQLException {
        Set<CreatorKey> touched = batch.namedCreators();
        clear(con, touched);
        try (PreparedStatement ps = con.prepareStatement(
                "INSERT INTO stale_creators (platform, handle, what) VALUES (?, ?, '" + DERIVED + "')")) {
            Batches.run(ps, touched, (p, k) -> {
                p.setString(1, k.platform().id());
                p.setString(2, k.handle());
            });
        }
    }

    static void clear(Connection con, Collection<CreatorKey> keys) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "DELETE FROM stale_creators WHERE platform = ? AND handle = ? AND what = '" + DERIVED + "'")) {
            Batches.run(ps, keys, (p, k) -> {
                p.setString(1, k.platform().id());
                p.setString(2, k.handle());
            });
        }
    }

    static Set<CreatorKey> all(Connection con) throws SQLException {
        Set<CreatorKey> found = new LinkedHashSet<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT platform, handle FROM stale_creators WHERE what = '"
                        + DERIVED + "' ORDER BY platform, handle");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")));
            }
        }
        return found;
    }
}
