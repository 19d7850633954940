package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Profiles of some of a creator's followers, as exported or collected at one time (a CSV of follower
 * profiles imported with the creator). The larger the sample, the narrower the interval on its shares.
 *
 * @param source where the sample came from, in words (file name, tool)
 */
public record FollowerSample(CreatorKey creator, Instant takenAt, String source, List<AccountProfile> followers) {
    public FollowerSample {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(takenAt, "takenAt");
        followers = List.copyOf(followers);
    }

    public int size() {
        return followers.size();
    }
}
