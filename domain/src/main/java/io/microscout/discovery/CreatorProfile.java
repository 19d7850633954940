package io.microscout.discovery;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import java.util.List;
import java.util.Objects;

/**
 * What discovery reads of one creator from the catalog.
 *
 * @param recentPosts   the posts metrics are computed over, newest first (the catalog's window, e.g. the last 30)
 * @param metrics       latest metrics, or null when not computed
 * @param authenticity  authenticity score 0–100 from vetting, or null when not vetted
 * @param audience      the measured audience (insights, a media kit), or null: then estimated from the creator
 */
public record CreatorProfile(
        Creator creator,
        List<Post> recentPosts,
        CreatorMetrics metrics,
        Double authenticity,
        AudienceProfile audience) {
    public CreatorProfile {
        Objects.requireNonNull(creator, "creator");
        recentPosts = recentPosts == null ? List.of() : List.copyOf(recentPosts);
    }

    public CreatorKey key() {
        return creator.key();
    }
}
