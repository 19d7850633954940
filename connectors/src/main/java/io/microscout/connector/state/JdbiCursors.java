package io.microscout.connector.state;

import io.microscout.creator.Platform;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Where each creator's fetch stands (table fetch_cursors): the running state (JSON, saved after every stored
 * page, so a killed fetch resumes there) and the marker of the last finished fetch (where a refresh starts).
 */
public final class JdbiCursors {
    public record Cursor(String state, String finished) {}

    private final Jdbi jdbi;

    public JdbiCursors(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Cursor> get(long workspace, Platform platform, String handle) {
        return jdbi.withHandle(h -> h.createQuery("SELECT state, finished FROM fetch_cursors"
                        + " WHERE workspace_id = :w AND platform = :p AND handle = :h")
                .bind("w", workspace)
                .bind("p", platform.id())
                .bind("h", handle)
                .map((rs, c) -> new Cursor(rs.getString("state"), rs.getString("finished")))
                .findOne());
    }

    /** The running state after a stored page (the finished marker of the fetch before is kept). */
    public void saveRunning(long workspace, Platform platform, String handle, String state, Instant now) {
        String finished = get(workspace, platform, handle).map(Cursor::finished).orElse(null);
        put(workspace, platform, handle, state, finished, now);
    }

    /** The fetch finished: no running state, and the marker the next refresh starts from. */
    public void finish(long workspace, Platform platform, String handle, String finished, Instant now) {
        put(workspace, platform, handle, null, finished, now);
    }

    private void put(long workspace, Platform platform, String handle, String state, String finished, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM fetch_cursors WHERE workspace_id = :w AND platform = :p AND handle = :h")
                    .bind("w", workspace)
                    .bind("p", platform.id())
                    .bind("h", handle)
                    .execute();
            h.createUpdate("INSERT INTO fetch_cursors (workspace_id, platform, handle, state, finished, updated_at)"
                            + " VALUES (:w, :p, :h, :s, :f, :at)")
                    .bind("w", workspace)
                    .bind("p", platform.id())
                    .bind("h", handle)
                    .bind("s", state)
                    .bind("f", finished)
                    .bind("at", Timestamp.from(now))
                    .execute();
        });
    }
}
