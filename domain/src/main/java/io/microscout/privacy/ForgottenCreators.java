package io.microscout.privacy;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The record of creators forgotten on request. It keeps a one-way hash of the creator's key, never the key: enough
 * to recognise the creator in a later import, nothing to read back (though anyone who guesses a handle can check
 * it: a public handle is not a secret).
 */
public interface ForgottenCreators {

    /** Records that the creator was forgotten at that moment (kept at the first time when already recorded). */
    void record(CreatorKey creator, Instant at);

    /** When the creator was forgotten, if they were. */
    Optional<Instant> forgottenAt(CreatorKey creator);

    /** Those of these creators that were forgotten, with when. */
    Map<CreatorKey, Instant> among(Collection<CreatorKey> creators);
}
