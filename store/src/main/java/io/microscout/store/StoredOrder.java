package io.microscout.store;

import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import java.util.Comparator;

/** The orders the catalog port promises: posts newest first, snapshots oldest first. */
final class StoredOrder {
    static final Comparator<Post> POSTS_NEWEST_FIRST = Comparator.comparing(
                    Post::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Post::platformPostId);
    static final Comparator<FollowerSnapshot> SNAPSHOTS_OLDEST_FIRST = Comparator.comparing(FollowerSnapshot::at);

    private StoredOrder() {}
}
