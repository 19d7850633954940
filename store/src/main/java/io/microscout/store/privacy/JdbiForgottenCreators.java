package io.microscout.store.privacy;

import io.microscout.creator.CreatorKey;
import io.microscout.privacy.ForgottenCreators;
import io.microscout.store.StoredTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link ForgottenCreators} in {@code forgotten_creators} (V120): SHA-256 of {@code platform:handle}, hex. */
public final class JdbiForgottenCreators implements ForgottenCreators {
    private final Jdbi jdbi;

    public JdbiForgottenCreators(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The stored form of a key: lower-case hex SHA-256 of its text ({@code CreatorKey.toString()}), UTF-8. */
    static String hash(CreatorKey key) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : d) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public void record(CreatorKey creator, Instant at) {
        String hash = hash(creator);
        jdbi.useTransaction(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM forgotten_creators WHERE key_hash = :h")
                            .bind("h", hash)
                            .mapTo(Long.class)
                            .one()
                    > 0;
            if (!known) {
                h.createUpdate("INSERT INTO forgotten_creators (key_hash, forgotten_at) VALUES (:h, :at)")
                        .bind("h", hash)
                        .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .execute();
            }
        });
    }

    @Override
    public Optional<Instant> forgottenAt(CreatorKey creator) {
        return Optional.ofNullable(among(List.of(creator)).get(creator));
    }

    @Override
    public Map<CreatorKey, Instant> among(Collection<CreatorKey> creators) {
        Map<String, CreatorKey> byHash = new HashMap<>();
        creators.forEach(k -> byHash.put(hash(k), k));
        Map<CreatorKey, Instant> found = new LinkedHashMap<>();
        if (byHash.isEmpty()) {
            return found;
        }
        // the table holds one row per forgotten creator: small next to any import, read whole
        jdbi.useHandle(h -> h.createQuery("SELECT key_hash, forgotten_at FROM forgotten_creators")
                .map((rs, ctx) -> {
                    CreatorKey k = byHash.get(rs.getString("key_hash"));
                    if (k != null) {
                        found.put(k, StoredTime.read(rs, "forgotten_at"));
                    }
                    return k;
                })
                .forEach(k -> {}));
        return found;
    }

    /** How many creators are recorded as forgotten (for tests and reports; the keys cannot be read back). */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM forgotten_creators")
                .mapTo(Long.class)
                .one());
    }
}
