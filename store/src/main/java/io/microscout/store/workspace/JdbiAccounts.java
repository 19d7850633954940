package io.microscout.store.workspace;

import io.microscout.workspace.ApiToken;
import io.microscout.workspace.Membership;
import io.microscout.workspace.Role;
import io.microscout.workspace.User;
import io.microscout.workspace.Workspace;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Users, workspaces, memberships and API tokens in the tables of migration V60. Ids are random positive
 * 53-bit numbers (safe in JavaScript, not guessable in a row), so no engine-specific identity column is needed.
 * Password and token hashes are made by the caller; this class only stores them.
 */
public final class JdbiAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbi jdbi;

    public JdbiAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public static long newId() {
        return 1 + (RANDOM.nextLong() & ((1L << 53) - 2));
    }

    static Timestamp at(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    public long countUsers() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
    }

    public User createUser(String email, String passwordHash, Instant now) {
        User u = new User(newId(), email.trim().toLowerCase(java.util.Locale.ROOT));
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (id, email, password_hash, created_at) "
                        + "VALUES (:id, :email, :hash, :at)")
                .bind("id", u.id())
                .bind("email", u.email())
                .bind("hash", passwordHash)
                .bind("at", at(now))
                .execute());
        return u;
    }

    /**
     * The first owner of an empty server, with their workspace, in one transaction that also claims the single
     * {@code first_owner} row (V180): of two nodes starting at once on one empty database, one creates the owner
     * and the other gets empty (its insert waits for the first transaction, then fails on the claim's key, and
     * everything it wrote is rolled back). Empty too when users exist already.
     */
    public Optional<User> createFirstOwner(String email, String passwordHash, String workspace, Instant now) {
        if (countUsers() > 0) {
            return Optional.empty();
        }
        User u = new User(newId(), email.trim().toLowerCase(java.util.Locale.ROOT));
        try {
            jdbi.useTransaction(h -> {
                // the first statement writes (SQLite takes its write lock here, waiting for another writer)
                h.createUpdate("INSERT INTO users (id, email, password_hash, created_at) "
                                + "VALUES (:id, :email, :hash, :at)")
                        .bind("id", u.id())
                        .bind("email", u.email())
                        .bind("hash", passwordHash)
                        .bind("at", at(now))
                        .execute();
                h.createUpdate("INSERT INTO first_owner (claim, user_id, created_at) VALUES ('owner', :u, :at)")
                        .bind("u", u.id())
                        .bind("at", at(now))
                        .execute();
                insertWorkspace(h, new Workspace(newId(), workspace.trim()), u.id(), now);
            });
        } catch (RuntimeException e) {
            if (firstOwnerClaimed()) {
                return Optional.empty(); // another node made the first owner in the meantime
            }
            throw e;
        }
        return Optional.of(u);
    }

    private boolean firstOwnerClaimed() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM first_owner")
                        .mapTo(Long.class)
                        .one())
                > 0;
    }

    public Optional<User> user(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email FROM users WHERE email = :email")
                .bind("email", email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT))
                .map((rs, c) -> new User(rs.getLong("id"), rs.getString("email")))
                .findOne());
    }

    public Optional<User> user(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, c) -> new User(rs.getLong("id"), rs.getString("email")))
                .findOne());
    }

    public Optional<String> passwordHash(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
    }

    public Workspace createWorkspace(String name, long owner, Instant now) {
        Workspace w = new Workspace(newId(), name.trim());
        jdbi.useTransaction(h -> insertWorkspace(h, w, owner, now));
        return w;
    }

    private static void insertWorkspace(org.jdbi.v3.core.Handle h, Workspace w, long owner, Instant now) {
        h.createUpdate("INSERT INTO workspaces (id, name, created_at) VALUES (:id, :name, :at)")
                .bind("id", w.id())
                .bind("name", w.name())
                .bind("at", at(now))
                .execute();
        h.createUpdate("INSERT INTO memberships (workspace_id, user_id, role) VALUES (:w, :u, :r)")
                .bind("w", w.id())
                .bind("u", owner)
                .bind("r", Role.OWNER.id())
                .execute();
    }

    /** Adds the user to the workspace with that role, or changes the role of a member. */
    public void setMember(long workspace, long user, Role role) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM memberships WHERE workspace_id = :w AND user_id = :u")
                    .bind("w", workspace)
                    .bind("u", user)
                    .execute();
            h.createUpdate("INSERT INTO memberships (workspace_id, user_id, role) VALUES (:w, :u, :r)")
                    .bind("w", workspace)
                    .bind("u", user)
                    .bind("r", role.id())
                    .execute();
        });
    }

    public List<Membership> memberships(long user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT w.id, w.name, m.role FROM memberships m JOIN workspaces w "
                        + "ON w.id = m.workspace_id WHERE m.user_id = :u ORDER BY w.name, w.id")
                .bind("u", user)
                .map((rs, c) -> new Membership(
                        new Workspace(rs.getLong("id"), rs.getString("name")), Role.parse(rs.getString("role"))))
                .list());
    }

    /** Every workspace of the installation, by name (the CLI's --workspace finds one by name or id). */
    public List<Workspace> workspaces() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM workspaces ORDER BY name, id")
                .map((rs, c) -> new Workspace(rs.getLong("id"), rs.getString("name")))
                .list());
    }

    /** The user's membership of that workspace; empty when the user is not a member (or it does not exist). */
    public Optional<Membership> membership(long user, long workspace) {
        return memberships(user).stream()
                .filter(m -> m.workspace().id() == workspace)
                .findFirst();
    }

    public ApiToken createToken(long user, String name, String tokenHash, Instant now) {
        long id = newId();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) "
                        + "VALUES (:id, :u, :name, :hash, :at)")
                .bind("id", id)
                .bind("u", user)
                .bind("name", name)
                .bind("hash", tokenHash)
                .bind("at", at(now))
                .execute());
        return new ApiToken(id, user, name, now, null);
    }

    /** The user of an unrevoked token with that hash. */
    public Optional<Long> tokenUser(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id FROM api_tokens WHERE token_hash = :hash " + "AND revoked_at IS NULL")
                .bind("hash", tokenHash)
                .mapTo(Long.class)
                .findOne());
    }

    public List<ApiToken> tokens(long user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE user_id = :u ORDER BY created_at")
                .bind("u", user)
                .map((rs, c) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant()))
                .list());
    }

    /** Revokes the user's token; false when the user has no such token. */
    public boolean revokeToken(long user, long id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE id = :id "
                                + "AND user_id = :u AND revoked_at IS NULL")
                        .bind("at", at(now))
                        .bind("id", id)
                        .bind("u", user)
                        .execute())
                > 0;
    }
}
