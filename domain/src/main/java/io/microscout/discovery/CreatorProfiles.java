package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Port: discovery's read access to the catalog (creator, recent posts, metrics, authenticity, audience data).
 * The application implements it over {@code CreatorCatalog} and the vetting results.
 */
public interface CreatorProfiles {

    Optional<CreatorProfile> find(CreatorKey key);

    /** Profiles of these creators (missing ones left out); implementations may batch. */
    default Map<CreatorKey, CreatorProfile> findAll(Collection<CreatorKey> keys) {
        Map<CreatorKey, CreatorProfile> out = new LinkedHashMap<>();
        for (CreatorKey k : keys) {
            find(k).ifPresent(p -> out.put(k, p));
        }
        return out;
    }
}
