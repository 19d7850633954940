package io.microscout.store.workspace;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.workspace.CreatorNote;
import io.microscout.workspace.SavedBrief;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The briefs and creator notes of one workspace (tables of migration V60); nothing of another is reachable. */
public final class JdbiWorkspaceRecords {
    private final Jdbi jdbi;
    private final long workspace;

    public JdbiWorkspaceRecords(Jdbi jdbi, long workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
    }

    public SavedBrief saveBrief(String name, String document, Instant now) {
        long id = JdbiAccounts.newId();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO briefs (id, workspace_id, name, document, saved_at) "
                        + "VALUES (:id, :w, :name, :doc, :at)")
                .bind("id", id)
                .bind("w", workspace)
                .bind("name", name)
                .bind("doc", document)
                .bind("at", JdbiAccounts.at(now))
                .execute());
        return new SavedBrief(id, workspace, name, document, now);
    }

    public List<SavedBrief> briefs() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM briefs WHERE workspace_id = :w ORDER BY saved_at DESC")
                .bind("w", workspace)
                .map((rs, c) -> new SavedBrief(
                        rs.getLong("id"),
                        rs.getLong("workspace_id"),
                        rs.getString("name"),
                        rs.getString("document"),
                        rs.getTimestamp("saved_at").toInstant()))
                .list());
    }

    public Optional<SavedBrief> brief(long id) {
        return briefs().stream().filter(b -> b.id() == id).findFirst();
    }

    public CreatorNote addNote(CreatorKey creator, long author, String authorEmail, String body, Instant now) {
        long id = JdbiAccounts.newId();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO creator_notes (id, workspace_id, platform, handle, author_id, "
                        + "body, written_at) VALUES (:id, :w, :p, :h, :a, :b, :at)")
                .bind("id", id)
                .bind("w", workspace)
                .bind("p", creator.platform().id())
                .bind("h", creator.handle())
                .bind("a", author)
                .bind("b", body)
                .bind("at", JdbiAccounts.at(now))
                .execute());
        return new CreatorNote(id, workspace, creator, authorEmail, body, now);
    }

    public List<CreatorNote> notes(CreatorKey creator) {
        return jdbi.withHandle(h -> h.createQuery("SELECT n.*, u.email FROM creator_notes n JOIN users u ON "
                        + "u.id = n.author_id WHERE n.workspace_id = :w AND n.platform = :p AND n.handle = :h "
                        + "ORDER BY n.written_at")
                .bind("w", workspace)
                .bind("p", creator.platform().id())
                .bind("h", creator.handle())
                .map((rs, c) -> new CreatorNote(
                        rs.getLong("id"),
                        workspace,
                        CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")),
                        rs.getString("email"),
                        rs.getString("body"),
                        rs.getTimestamp("written_at").toInstant()))
                .list());
    }
}
