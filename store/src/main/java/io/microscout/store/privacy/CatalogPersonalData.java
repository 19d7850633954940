package io.microscout.store.privacy;

import io.microscout.creator.CreatorKey;
import io.microscout.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The catalog's personal data about a creator: the profile and everything hung on it, in every workspace. Tables
 * keyed by the creator's row id (posts, follower snapshots, metrics, the profile itself) and tables keyed by
 * platform and handle (follower samples and their accounts, measured audience reports and their shares, comments,
 * authenticity, the stale marker, quotes and workspace notes). Saved plans are {@link io.microscout.store.planning.PlansPersonalData}'s.
 */
public final class CatalogPersonalData implements PersonalDataHolder {
    /** Tables keyed by creators.id, children first (the order rows are deleted in). */
    private static final List<String> BY_ID = List.of("posts", "follower_snapshots", "creator_metrics");
    /** Tables keyed by (platform, handle). */
    private static final List<String> BY_HANDLE =
            List.of("post_comments", "creator_authenticity", "stale_creators", "quotes", "creator_notes");

    private static final String SAMPLE_ACCOUNTS = "audience_sample_accounts WHERE sample_id IN (SELECT id FROM"
            + " audience_samples WHERE platform = :platform AND handle = :handle)";
    private static final String REPORT_SHARES = "audience_report_shares WHERE report_id IN (SELECT id FROM"
            + " audience_reports WHERE platform = :platform AND handle = :handle)";

    private final Jdbi jdbi;

    public CatalogPersonalData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(CreatorKey creator) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            Long id = creatorId(h, creator);
            if (id != null) {
                out.put("creators", Rows.select(h, "SELECT * FROM creators WHERE id = :id", id, null));
                for (String t : BY_ID) {
                    out.put(t, Rows.select(h, "SELECT * FROM " + t + " WHERE creator_id = :id", id, null));
                }
            }
            out.put("audience_samples", Rows.select(h, "SELECT * FROM audience_samples" + byHandle(), null, creator));
            out.put("audience_sample_accounts", Rows.select(h, "SELECT * FROM " + SAMPLE_ACCOUNTS, null, creator));
            out.put("audience_reports", Rows.select(h, "SELECT * FROM audience_reports" + byHandle(), null, creator));
            out.put("audience_report_shares", Rows.select(h, "SELECT * FROM " + REPORT_SHARES, null, creator));
            for (String t : BY_HANDLE) {
                out.put(t, Rows.select(h, "SELECT * FROM " + t + byHandle(), null, creator));
            }
            out.values().removeIf(List::isEmpty);
            return out;
        });
    }

    @Override
    public Map<String, Integer> forget(CreatorKey creator) {
        return jdbi.inTransaction(h -> {
            Map<String, Integer> removed = new LinkedHashMap<>();
            h.execute("DELETE FROM stale_creators WHERE 1 = 0"); // SQLite: take the write lock before reading
            removed.put("audience_sample_accounts", Rows.delete(h, "DELETE FROM " + SAMPLE_ACCOUNTS, null, creator));
            removed.put("audience_samples", Rows.delete(h, "DELETE FROM audience_samples" + byHandle(), null, creator));
            removed.put("audience_report_shares", Rows.delete(h, "DELETE FROM " + REPORT_SHARES, null, creator));
            removed.put("audience_reports", Rows.delete(h, "DELETE FROM audience_reports" + byHandle(), null, creator));
            for (String t : BY_HANDLE) {
                removed.put(t, Rows.delete(h, "DELETE FROM " + t + byHandle(), null, creator));
            }
            Long id = creatorId(h, creator);
            for (String t : BY_ID) {
                removed.put(
                        t, id == null ? 0 : Rows.delete(h, "DELETE FROM " + t + " WHERE creator_id = :id", id, null));
            }
            removed.put("creators", id == null ? 0 : Rows.delete(h, "DELETE FROM creators WHERE id = :id", id, null));
            return removed;
        });
    }

    private static String byHandle() {
        return " WHERE platform = :platform AND handle = :handle";
    }

    private static Long creatorId(Handle h, CreatorKey creator) {
        return h.createQuery("SELECT id FROM creators WHERE platform = :platform AND handle = :handle")
                .bind("platform", creator.platform().id())
                .bind("handle", creator.handle())
                .mapTo(Long.class)
                .findOne()
                .orElse(null);
    }
}
