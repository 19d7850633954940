package io.microscout.web;

import io.microscout.store.workspace.JdbiWebSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signed-in browsers, kept in the database (table {@code web_sessions}), so that a request may land on any app
 * node sharing it and a restart signs nobody out. A session id is 256 random bits, issued fresh at every sign-in
 * (no fixation), stored only as its SHA-256; each session carries its own CSRF token. Sessions expire after 8
 * idle hours. The last-seen time is written at most once a minute per session, not on every request.
 */
public final class Sessions {
    static final Duration IDLE = Duration.ofHours(8);
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final JdbiWebSessions store;
    private final Clock clock;

    public Sessions(JdbiWebSessions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Session(String id, long userId, String csrf, Instant lastSeen) {}

    public Session start(long userId) {
        Instant now = clock.instant();
        store.deleteIdleSince(now.minus(IDLE).toEpochMilli());
        Session s = new Session(Passwords.secret(32), userId, Passwords.secret(32), now);
        store.insert(new JdbiWebSessions.Row(Passwords.sha256(s.id()), userId, s.csrf(), now.toEpochMilli()));
        return s;
    }

    public Session find(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        String hash = Passwords.sha256(id);
        JdbiWebSessions.Row row = store.find(hash).orElse(null);
        if (row == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant lastSeen = Instant.ofEpochMilli(row.lastSeenMs());
        if (lastSeen.plus(IDLE).isBefore(now)) {
            store.delete(hash);
            return null;
        }
        if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
            store.touch(hash, now.toEpochMilli());
        }
        return new Session(id, row.userId(), row.csrf(), now);
    }

    public void end(String id) {
        if (id != null && !id.isEmpty()) {
            store.delete(Passwords.sha256(id));
        }
    }
}
