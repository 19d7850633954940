package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;

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
}
