package io.microscout.store.outreach;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.outreach.DeclineReason;
import io.microscout.outreach.Offer;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.OutreachRecords;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.pricing.Deliverable;
import io.microscout.store.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** {@link OutreachRecords} of one workspace (0: the home's own) in the tables of V70. */
public final class JdbiOutreachRecords implements OutreachRecords {
    static final String CREATOR = " workspace_id = :w AND platform = :p AND handle = :h";
    private final Jdbi jdbi;
    private final long workspace;

    public JdbiOutreachRecords(Jdbi jdbi, long workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
    }

    static <T extends SqlStatement<T>> T creator(T statement, long workspace, CreatorKey c) {
        return statement.bind("w", workspace).bind("p", c.platform().id()).bind("h", c.handle());
    }

    @Override
    public List<OutreachEntry> entries() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM outreach_entries WHERE workspace_id = :w " + "ORDER BY added_seq")
                        .bind("w", workspace)
                        .map((rs, c) -> entry(rs))
                        .list());
    }

    @Override
    public Optional<OutreachEntry> entry(CreatorKey key) {
        return jdbi.withHandle(
                h -> creator(h.createQuery("SELECT * FROM outreach_entries WHERE" + CREATOR), workspace, key)
                        .map((rs, c) -> entry(rs))
                        .findOne());
    }

    @Override
    public List<StageMove> history(CreatorKey key) {
        return jdbi.withHandle(h -> creator(
                        h.createQuery("SELECT * FROM outreach_moves WHERE" + CREATOR + " ORDER BY seq"), workspace, key)
                .map((rs, c) -> move(key, rs))
                .list());
    }

    @Override
    public void add(List<OutreachEntry> entries, List<StageMove> firstMoves) {
        if (entries.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            long next = h.createQuery(
                            "SELECT COALESCE(MAX(added_seq), 0) FROM outreach_entries WHERE workspace_id = :w")
                    .bind("w", workspace)
                    .mapTo(Long.class)
                    .one();
            for (OutreachEntry e : entries) {
                boolean there = creator(
                                        h.createQuery("SELECT COUNT(*) FROM outreach_entries WHERE" + CREATOR),
                                        workspace,
                                        e.creator())
                                .mapTo(Integer.class)
                                .one()
                        > 0;
                if (there) {
                    continue;
                }
                creator(
                                h.createUpdate(
                                        "INSERT INTO outreach_entries (workspace_id, platform, handle, added_seq, "
                                                + "name, stage, decline_reason, deliverable, price, source, why, email, added_at, "
                                                + "moved_at) VALUES (:w, :p, :h, :seq, :name, :stage, :reason, :deliverable, "
                                                + ":price, :source, :why, :email, :added, :moved)"),
                                workspace,
                                e.creator())
                        .bind("seq", ++next)
                        .bind("name", e.name())
                        .bind("source", e.source())
                        .bind("why", e.why())
                        .bind("email", e.email())
                        .bind("added", at(e.addedAt()))
                        .bind("moved", at(e.movedAt()))
                        .bind("stage", e.stage().id())
                        .bind(
                                "reason",
                                e.declineReason() == null
                                        ? null
                                        : e.declineReason().id())
                        .bind(
                                "deliverable",
                                e.offer() == null
                                        ? null
                                        : e.offer().deliverable().id())
                        .bindByType(
                                "price", e.offer() == null ? null : e.offer().price(), Double.class)
                        .execute();
                firstMoves.stream().filter(m -> m.creator().equals(e.creator())).forEach(m -> append(h, m));
            }
        });
    }

    @Override
    public void record(OutreachEntry after, StageMove move) {
        jdbi.useTransaction(h -> {
            int changed = creator(
                            h.createUpdate("UPDATE outreach_entries SET stage = :stage, decline_reason = :reason, "
                                    + "deliverable = :deliverable, price = :price, moved_at = :moved WHERE" + CREATOR),
                            workspace,
                            after.creator())
                    .bind("stage", after.stage().id())
                    .bind(
                            "reason",
                            after.declineReason() == null
                                    ? null
                                    : after.declineReason().id())
                    .bind(
                            "deliverable",
                            after.offer() == null
                                    ? null
                                    : after.offer().deliverable().id())
                    .bindByType(
                            "price",
                            after.offer() == null ? null : after.offer().price(),
                            Double.class)
                    .bind("moved", at(after.movedAt()))
                    .execute();
            if (changed != 1) {
                throw new IllegalArgumentException(after.creator() + " is not in this workspace's outreach");
            }
            append(h, move);
        });
    }

    private void append(Handle h, StageMove m) {
        int seq = creator(
                                h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM outreach_moves WHERE" + CREATOR),
                                workspace,
                                m.creator())
                        .mapTo(Integer.class)
                        .one()
                + 1;
        creator(
                        h.createUpdate("INSERT INTO outreach_moves (workspace_id, platform, handle, seq, from_stage, "
                                + "to_stage, reason, deliverable, price, author, note, moved_at) VALUES (:w, :p, :h, "
                                + ":seq, :from, :to, :reason, :deliverable, :price, :author, :note, :at)"),
                        workspace,
                        m.creator())
                .bind("seq", seq)
                .bind("from", m.from() == null ? null : m.from().id())
                .bind("to", m.to().id())
                .bind("reason", m.reason() == null ? null : m.reason().id())
                .bind(
                        "deliverable",
                        m.terms() == null ? null : m.terms().deliverable().id())
                .bindByType("price", m.terms() == null ? null : m.terms().price(), Double.class)
                .bind("author", m.author())
                .bind("note", m.note())
                .bind("at", at(m.at()))
                .execute();
    }

    @Override
    public void setEmail(CreatorKey key, String email) {
        int n = jdbi.withHandle(
                h -> creator(h.createUpdate("UPDATE outreach_entries SET email = :e WHERE" + CREATOR), workspace, key)
                        .bind("e", email)
                        .execute());
        if (n != 1) {
            throw new IllegalArgumentException(key + " is not in this workspace's outreach");
        }
    }

    @Override
    public int forget(CreatorKey key) {
        return jdbi.inTransaction(h -> {
            int n = 0;
            for (String table :
                    List.of("outreach_entries", "outreach_moves", "outreach_sent", "outreach_predictions")) {
                n += creator(h.createUpdate("DELETE FROM " + table + " WHERE" + CREATOR), workspace, key)
                        .execute();
            }
            return n;
        });
    }

    @Override
    public void optOut(CreatorKey key, String note, Instant at) {
        jdbi.useTransaction(h -> {
            creator(h.createUpdate("DELETE FROM outreach_opt_outs WHERE" + CREATOR), workspace, key)
                    .execute();
            creator(
                            h.createUpdate("INSERT INTO outreach_opt_outs (workspace_id, platform, handle, note, "
                                    + "opted_out_at) VALUES (:w, :p, :h, :note, :at)"),
                            workspace,
                            key)
                    .bind("note", note == null ? "" : note)
                    .bind("at", at(at))
                    .execute();
        });
    }

    @Override
    public Set<CreatorKey> optOuts() {
        return new HashSet<>(jdbi.withHandle(
                h -> h.createQuery("SELECT platform, handle FROM outreach_opt_outs WHERE workspace_id = :w")
                        .bind("w", workspace)
                        .map((rs, c) -> key(rs))
                        .list()));
    }

    /** Moments go in as UTC OffsetDateTime, which StoredTime reads back on every engine (text on SQLite). */
    static OffsetDateTime at(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static CreatorKey key(ResultSet rs) throws SQLException {
        return CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle"));
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        String d = rs.getString("deliverable");
        double price = rs.getDouble("price");
        return d == null || rs.wasNull() ? null : new Offer(Deliverable.parse(d), price);
    }

    private static OutreachEntry entry(ResultSet rs) throws SQLException {
        String reason = rs.getString("decline_reason");
        return new OutreachEntry(
                key(rs),
                rs.getString("name"),
                Stage.parse(rs.getString("stage")),
                offer(rs),
                reason == null ? null : DeclineReason.parse(reason),
                rs.getString("source"),
                rs.getString("why"),
                rs.getString("email"),
                StoredTime.read(rs, "added_at"),
                StoredTime.read(rs, "moved_at"));
    }

    private static StageMove move(CreatorKey key, ResultSet rs) throws SQLException {
        String from = rs.getString("from_stage");
        String reason = rs.getString("reason");
        return new StageMove(
                key,
                from == null ? null : Stage.parse(from),
                Stage.parse(rs.getString("to_stage")),
                reason == null ? null : DeclineReason.parse(reason),
                offer(rs),
                rs.getString("author"),
                rs.getString("note"),
                StoredTime.read(rs, "moved_at"));
    }
}
