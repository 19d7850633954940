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

    /** Every creator the batch names: its profiles and the creators of its posts and snapshots. */
    public java.util.Set<CreatorKey> namedCreators() {
        java.util.Set<CreatorKey> named = new java.util.LinkedHashSet<>();
        creators.forEach(c -> named.add(c.key()));
        posts.forEach(p -> named.add(p.creator()));
        snapshots.forEach(s -> named.add(s.creator()));
        return named;
    }

    public boolean isEmpty() {
        return creators.isEmpty() && posts.isEmpty() && snapshots.isEmpty();
    }
}
