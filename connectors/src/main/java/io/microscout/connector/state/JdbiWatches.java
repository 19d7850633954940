package io.microscout.connector.state;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The creators a workspace watches and its refresh schedule (tables watched_creators, refresh_schedules). */
public final class JdbiWatches {
    public record Schedule(long workspace, Duration every, Instant nextAt) {}

    private final Jdbi jdbi;

    public JdbiWatches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** False when the creator was watched already. */
    public boolean watch(long workspace, CreatorKey creator, Instant now) {
        if (watched(workspace).contains(creator)) {
            return false;
        }
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO watched_creators (workspace_id, platform, handle, added_at)"
                        + " VALUES (:w, :p, :h, :at)")
                .bind("w", workspace)
                .bind("p", creator.platform().id())
                .bind("h", creator.handle())
                .bind("at", Timestamp.from(now))
                .execute());
        return true;
    }

    public boolean unwatch(long workspace, CreatorKey creator) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM watched_creators"
                                + " WHERE workspace_id = :w AND platform = :p AND handle = :h")
                        .bind("w", workspace)
                        .bind("p", creator.platform().id())
                        .bind("h", creator.handle())
                        .execute())
                > 0;
    }

    public List<CreatorKey> watched(long workspace) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform, handle FROM watched_creators"
                        + " WHERE workspace_id = :w ORDER BY platform, handle")
                .bind("w", workspace)
                .map((rs, c) -> CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")))
                .list());
    }

    public void schedule(long workspace, Duration every, Instant nextAt) {
        if (every.toMinutes() < 1) {
            throw new IllegalArgumentException("a refresh schedule is at least one minute apart");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM refresh_schedules WHERE workspace_id = :w")
                    .bind("w", workspace)
                    .execute();
            h.createUpdate("INSERT INTO refresh_schedules (workspace_id, every_minutes, next_at) VALUES (:w, :m, :n)")
                    .bind("w", workspace)
                    .bind("m", (int) every.toMinutes())
                    .bind("n", Timestamp.from(nextAt))
                    .execute();
        });
    }

    public void unschedule(long workspace) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM refresh_schedules WHERE workspace_id = :w")
                .bind("w", workspace)
                .execute());
    }

    public Optional<Schedule> schedule(long workspace) {
        return schedules().stream().filter(s -> s.workspace() == workspace).findFirst();
    }

    public List<Schedule> schedules() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT workspace_id, every_minutes, next_at FROM refresh_schedules ORDER BY next_at")
                .map((rs, c) -> new Schedule(
                        rs.getLong("workspace_id"),
                        Duration.ofMinutes(rs.getInt("every_minutes")),
                        rs.getTimestamp("next_at").toInstant()))
                .list());
    }
}
