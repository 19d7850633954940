package io.microscout.workspace;

import java.time.Instant;

/** A personal API token as listed: never the token itself, which is shown once when it is created. */
public record ApiToken(long id, long userId, String name, Instant createdAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
