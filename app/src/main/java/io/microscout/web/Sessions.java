package io.microscout.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers, in memory (a restart signs everybody out). A session id is 256 random bits, issued fresh
 * at every sign-in (no fixation); each session carries its own CSRF token. Sessions expire after 8 idle hours.
 */
public final class Sessions {
    static final Duration IDLE = Duration.ofHours(8);
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public record Session(String id, long userId, String csrf, Instant lastSeen) {}

    public Session start(long userId) {
        Session s = new Session(Passwords.secret(32), userId, Passwords.secret(32), clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    public Session find(String id) {
        if (id == null) {
            return null;
        }
        Session s = byId.get(id);
        if (s == null) {
            return null;
        }
        if (s.lastSeen().plus(IDLE).isBefore(clock.instant())) {
            byId.remove(id);
            return null;
        }
        Session seen = new Session(s.id(), s.userId(), s.csrf(), clock.instant());
        byId.put(id, seen);
        return seen;
    }

    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }
}
