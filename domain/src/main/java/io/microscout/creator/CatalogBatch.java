package io.microscout.creator;

import java.util.List;

/**
 * Everything one import file brought: profiles, posts and follower snapshots. Stored as one unit:
 * all of it or none of it.
 */
public record CatalogBatch(String source, List<Creator> creators, List<Post> posts, List<FollowerSnapshot> snapshots) {
    public CatalogBatch {
        creators = List.copyOf(creators);
        posts = List.copyOf(posts);
        snapshots = List.copyOf(snapshots);
    }

    public boolean isEmpty() {
        return creators.isEmpty() && posts.isEmpty() && snapshots.isEmpty();
    }
}
