package io.microscout.store.workspace;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The server's sign-in sessions in the table of migration V100, shared by every app node on the same database.
 * Rows are keyed by the SHA-256 of the session id (the caller hashes); the policy (idle expiry, CSRF) is the
 * caller's.
 */
public final class JdbiWebSessions {

    /** One stored session: its user, CSRF token and last request (epoch milliseconds). */
    public record Row(String idHash, long userId, String csrf, long lastSeenMs) {}

    private final Jdbi jdbi;

    public JdbiWebSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(Row row) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_sessions (id_hash, user_id, csrf, last_seen_ms)"
                        + " VALUES (:hash, :user, :csrf, :seen)")
                .bind("hash", row.idHash())
                .bind("user", row.userId())
                .bind("csrf", row.csrf())
                .bind("seen", row.lastSeenMs())
                .execute());
    }

    public Optional<Row> find(String idHash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id_hash, user_id, csrf, last_seen_ms FROM web_sessions WHERE id_hash = :hash")
                .bind("hash", idHash)
                .map((rs, c) -> new Row(
                        rs.getString("id_hash"),
                        rs.getLong("user_id"),
                        rs.getString("csrf"),
                        rs.getLong("last_seen_ms")))
                .findOne());
    }

    public void touch(String idHash, long lastSeenMs) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE web_sessions SET last_seen_ms = :seen WHERE id_hash = :hash")
                .bind("hash", idHash)
                .bind("seen", lastSeenMs)
                .execute());
    }

    public void delete(String idHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE id_hash = :hash")
                .bind("hash", idHash)
                .execute());
    }

    /** Removes sessions idle since before that time; returns how many. */
    public int deleteIdleSince(long beforeMs) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE last_seen_ms < :before")
                .bind("before", beforeMs)
                .execute());
    }
}
