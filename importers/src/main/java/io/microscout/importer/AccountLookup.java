package io.microscout.importer;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.util.Optional;

/**
 * Finds an account by the platform's own id, for sources whose pages name the account only by id
 * (an Instagram media page names the business account id, not the username). Answers from the files of
 * the same import command first, then from the catalog.
 */
@FunctionalInterface
public interface AccountLookup {
    Optional<CreatorKey> byPlatformId(Platform platform, String platformId);

    static AccountLookup none() {
        return (platform, id) -> Optional.empty();
    }
}
