package io.microscout.connector.state;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The history of refresh runs per workspace, with their progress while they run (table refresh_runs). */
public final class JdbiRefreshRuns {
    public record Run(
            long id,
            long workspace,
            Instant startedAt,
            Instant finishedAt,
            String status,
            int creatorsTotal,
            int creatorsDone,
            int calls,
            String message) {}

    private final Jdbi jdbi;

    public JdbiRefreshRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long start(long workspace, int creators, Instant now) {
        long id = io.microscout.store.workspace.JdbiAccounts.newId();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO refresh_runs (id, workspace_id, started_at, status,"
                        + " creators_total, creators_done, calls) VALUES (:id, :w, :at, 'running', :n, 0, 0)")
                .bind("id", id)
                .bind("w", workspace)
                .bind("at", Timestamp.from(now))
                .bind("n", creators)
                .execute());
        return id;
    }

    public void progress(long id, int creatorsDone, int calls) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_runs SET creators_done = :d, calls = :c WHERE id = :id")
                .bind("d", creatorsDone)
                .bind("c", calls)
                .bind("id", id)
                .execute());
    }

    public void finish(long id, String status, String message, Instant now) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE refresh_runs SET status = :s, message = :m, finished_at = :at WHERE id = :id")
                .bind("s", status)
                .bind("m", message)
                .bind("at", Timestamp.from(now))
                .bind("id", id)
                .execute());
    }

    public List<Run> recent(long workspace, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM refresh_runs WHERE workspace_id = :w" + " ORDER BY started_at DESC")
                .bind("w", workspace)
                .setMaxRows(limit)
                .map((rs, c) -> new Run(
                        rs.getLong("id"),
                        rs.getLong("workspace_id"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("status"),
                        rs.getInt("creators_total"),
                        rs.getInt("creators_done"),
                        rs.getInt("calls"),
                        rs.getString("message")))
                .list());
    }
}
