package io.microscout.connector.state;

import io.microscout.creator.Platform;
import io.microscout.store.secrets.SecretBox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Credentials per workspace and platform, sealed with the home's {@link SecretBox} before they reach the database. */
public final class JdbiCredentials {
    /** What {@code credentials list} shows: never the secret. */
    public record Listed(long workspace, Platform platform, String account, Instant setAt) {}

    private final Jdbi jdbi;
    private final SecretBox box;

    public JdbiCredentials(Jdbi jdbi, SecretBox box) {
        this.jdbi = jdbi;
        this.box = box;
    }

    public void set(long workspace, Platform platform, String account, String secret, Instant now) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the token file is empty");
        }
        String sealed = box.seal(secret.strip(), purpose(workspace, platform));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM connector_credentials WHERE workspace_id = :w AND platform = :p")
                    .bind("w", workspace)
                    .bind("p", platform.id())
                    .execute();
            h.createUpdate("INSERT INTO connector_credentials (workspace_id, platform, account, secret, key_id, set_at)"
                            + " VALUES (:w, :p, :a, :s, :k, :at)")
                    .bind("w", workspace)
                    .bind("p", platform.id())
                    .bind("a", account)
                    .bind("s", sealed)
                    .bind("k", box.keyId())
                    .bind("at", Timestamp.from(now))
                    .execute();
        });
    }

    public boolean remove(long workspace, Platform platform) {
        return jdbi.withHandle(h -> h.createUpdate(
                                "DELETE FROM connector_credentials WHERE workspace_id = :w AND platform = :p")
                        .bind("w", workspace)
                        .bind("p", platform.id())
                        .execute())
                > 0;
    }

    public Optional<Credential> get(long workspace, Platform platform) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account, secret, set_at FROM connector_credentials"
                                + " WHERE workspace_id = :w AND platform = :p")
                        .bind("w", workspace)
                        .bind("p", platform.id())
                        .map((rs, c) ->
                                new Object[] {rs.getString("account"), rs.getString("secret"), rs.getTimestamp("set_at")
                                })
                        .findOne())
                .map(row -> new Credential(
                        workspace,
                        platform,
                        (String) row[0],
                        box.open((String) row[1], purpose(workspace, platform)),
                        ((Timestamp) row[2]).toInstant()));
    }

    public List<Listed> list(long workspace) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform, account, set_at FROM connector_credentials"
                        + " WHERE workspace_id = :w ORDER BY platform")
                .bind("w", workspace)
                .map((rs, c) -> new Listed(
                        workspace,
                        Platform.parse(rs.getString("platform")),
                        rs.getString("account"),
                        rs.getTimestamp("set_at").toInstant()))
                .list());
    }

    private static String purpose(long workspace, Platform platform) {
        return "workspace " + workspace + " " + platform.id() + " credential";
    }
}
