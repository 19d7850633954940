package io.microscout.connector.state;

import io.microscout.creator.Platform;
import java.time.Instant;

/**
 * A workspace's credential for one platform, opened for a fetch. {@link #toString()} never shows the secret.
 *
 * @param account the account the token acts as, where the API needs one (the Instagram business account id)
 */
public record Credential(long workspace, Platform platform, String account, String secret, Instant setAt) {
    /** A non-reversible id of the secret, to count quota per key. */
    public String keyId() {
        return io.microscout.store.secrets.SecretBox.fingerprint(secret);
    }

    @Override
    public String toString() {
        return "Credential[" + platform.id() + ", workspace " + workspace + ", set " + setAt + "]";
    }
}
