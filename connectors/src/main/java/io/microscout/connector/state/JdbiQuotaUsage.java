package io.microscout.connector.state;

import io.microscout.creator.Platform;
import org.jdbi.v3.core.Jdbi;

/** Quota units spent per platform, key (a digest, not the key) and platform day (table connector_quota). */
public final class JdbiQuotaUsage {
    private final Jdbi jdbi;

    public JdbiQuotaUsage(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long spent(Platform platform, String keyId, String day) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT units FROM connector_quota WHERE platform = :p AND key_id = :k AND quota_day = :d")
                .bind("p", platform.id())
                .bind("k", keyId)
                .bind("d", day)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    public void add(Platform platform, String keyId, String day, long units) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE connector_quota SET units = units + :u"
                            + " WHERE platform = :p AND key_id = :k AND quota_day = :d")
                    .bind("u", units)
                    .bind("p", platform.id())
                    .bind("k", keyId)
                    .bind("d", day)
                    .execute();
            if (updated == 0) {
                h.createUpdate(
                                "INSERT INTO connector_quota (platform, key_id, quota_day, units) VALUES (:p, :k, :d, :u)")
                        .bind("u", units)
                        .bind("p", platform.id())
                        .bind("k", keyId)
                        .bind("d", day)
                        .execute();
            }
        });
    }
}
