package io.microscout.authenticity;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the catalog knows of a creator for judging its authenticity. Everything but the creator is optional:
 * empty lists and nulls are fine, and the score says what it could not measure.
 *
 * @param metrics  the catalog's computed metrics (used when no posts are given), may be null
 * @param sample   a follower sample ({@link AudienceSamples#latest}), may be null
 * @param comments comments under the creator's posts, may be empty
 * @param asOf     "now" for the window of recent posts (posts younger than 24 h are left out)
 */
public record AuthenticityInput(
        Creator creator,
        List<Post> posts,
        List<FollowerSnapshot> snapshots,
        CreatorMetrics metrics,
        FollowerSample sample,
        List<CommentSample> comments,
        Instant asOf) {
    public AuthenticityInput {
        Objects.requireNonNull(creator, "creator");
        posts = posts == null ? List.of() : List.copyOf(posts);
        snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
        comments = comments == null ? List.of() : List.copyOf(comments);
        asOf = asOf == null ? creator.observedAt() : asOf;
    }
}
