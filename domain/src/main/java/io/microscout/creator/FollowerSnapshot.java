package io.microscout.creator;

import java.time.Instant;
import java.util.Objects;

/** A creator's counts at one moment; the history of these gives follower growth. */
public record FollowerSnapshot(CreatorKey creator, Instant at, long followers, Long following, Long mediaCount) {
    public FollowerSnapshot {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(at, "at");
    }
}
