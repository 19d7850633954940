package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where creators' follower samples are kept (port; the store implements it in SQL, table
 * {@code audience_samples} / {@code audience_sample_accounts}, migration V2). Saving a new sample for a creator
 * keeps the older ones; the latest is the one scored.
 */
public interface AudienceSamples {
    void save(FollowerSample sample);

    /** The most recently taken sample of that creator, if any. */
    Optional<FollowerSample> latest(CreatorKey creator);

    /** Saves several samples; the SQL store does it in one transaction (one imported file). */
    default void saveAll(List<FollowerSample> samples) {
        samples.forEach(this::save);
    }

    /** The latest sample of each of these creators (creators without one are left out). */
    default Map<CreatorKey, FollowerSample> latestOf(Collection<CreatorKey> creators) {
        Map<CreatorKey, FollowerSample> found = new HashMap<>();
        creators.forEach(k -> latest(k).ifPresent(s -> found.put(k, s)));
        return found;
    }
}
