package io.microscout.store.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Quote;
import io.microscout.pricing.Quotes;
import io.microscout.store.StoredTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link Quotes} in the table of migration V4, on H2 or PostgreSQL. A quote past its valid-until date no longer
 * counts (the date is the clock's, UTC); of the rest the latest recorded wins.
 */
public final class JdbiQuotes implements Quotes {
    private static final String VALID =
            "SELECT platform, handle, deliverable, amount_usd, recorded_at, valid_until, note "
                    + "FROM quotes WHERE (valid_until IS NULL OR valid_until >= :today)";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Long workspace;

    /** The home's own quotes (the CLI's). */
    public JdbiQuotes(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, null);
    }

    /** The quotes of one workspace of the server (V60: {@code quotes.workspace_id}); null: the home's own. */
    public JdbiQuotes(Jdbi jdbi, Clock clock, Long workspace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workspace = workspace;
    }

    private String scope() {
        return workspace == null ? " AND workspace_id IS NULL" : " AND workspace_id = " + workspace;
    }

    /** Records a quote; {@code validUntil} null: valid until a newer one. */
    public void record(Quote q, LocalDate validUntil) {
        jdbi.useHandle(
                h -> h.createUpdate("INSERT INTO quotes (platform, handle, deliverable, amount_usd, recorded_at, "
                                + "valid_until, note, workspace_id) VALUES (:platform, :handle, :deliverable, :amount, :at, "
                                + ":until, :note, :workspace)")
                        .bindByType("workspace", workspace, Long.class)
                        .bind("platform", q.creator().platform().id())
                        .bind("handle", q.creator().handle())
                        .bind("deliverable", q.deliverable().id())
                        .bind("amount", q.amountUsd())
                        .bind("at", OffsetDateTime.ofInstant(q.recordedAt(), ZoneOffset.UTC))
                        .bindByType("until", validUntil, LocalDate.class)
                        .bind("note", q.note())
                        .execute());
    }

    @Override
    public Optional<Quote> latest(CreatorKey creator, Deliverable deliverable) {
        return jdbi.withHandle(h -> h.createQuery(VALID + scope() + " AND platform = :platform AND handle = :handle "
                        + "AND deliverable = :deliverable ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .bind("today", today())
                .bind("platform", creator.platform().id())
                .bind("handle", creator.handle())
                .bind("deliverable", deliverable.id())
                .map((rs, ctx) -> quote(rs))
                .findOne());
    }

    /** Every quote valid today, for planning over many creators without one query per price. */
    public List<Quote> valid() {
        return jdbi.withHandle(h -> h.createQuery(VALID + scope() + " ORDER BY recorded_at, id")
                .bind("today", today())
                .map((rs, ctx) -> quote(rs))
                .list());
    }

    /** The quotes valid today, held in memory. */
    public Quotes snapshot() {
        return Quotes.of(valid());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Quote quote(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate until = StoredTime.readDate(rs, "valid_until");
        String note = rs.getString("note") == null ? "" : rs.getString("note");
        if (until != null) {
            note = (note.isEmpty() ? "" : note + "; ") + "valid until " + until;
        }
        return new Quote(
                CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")),
                Deliverable.parse(rs.getString("deliverable")),
                rs.getDouble("amount_usd"),
                StoredTime.read(rs, "recorded_at"),
                note);
    }
}
