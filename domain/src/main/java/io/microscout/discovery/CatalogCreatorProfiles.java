package io.microscout.discovery;

import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link CreatorProfiles} over the catalog port: the creator, its newest posts, its stored metrics and an
 * authenticity score from vetting, and the measured audience where one was imported (else discovery estimates it).
 */
public final class CatalogCreatorProfiles implements CreatorProfiles {
    private final CreatorCatalog catalog;
    private final int recentPosts;
    private final Function<CreatorKey, Double> authenticity;
    private final Function<CreatorKey, AudienceProfile> audience;

    /**
     * @param recentPosts  how many of the newest posts discovery reads (the metrics window is the natural choice)
     * @param authenticity vetting's 0–100 score of a creator, or null when not vetted
     */
    public CatalogCreatorProfiles(CreatorCatalog catalog, int recentPosts, Function<CreatorKey, Double> authenticity) {
        this(catalog, recentPosts, authenticity, k -> null);
    }

    /** @param audience a creator's measured audience (insights, a media kit), or null when none is stored */
    public CatalogCreatorProfiles(
            CreatorCatalog catalog,
            int recentPosts,
            Function<CreatorKey, Double> authenticity,
            Function<CreatorKey, AudienceProfile> audience) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (recentPosts <= 0) {
            throw new IllegalArgumentException("recentPosts must be positive");
        }
        this.recentPosts = recentPosts;
        this.authenticity = authenticity == null ? k -> null : authenticity;
        this.audience = audience == null ? k -> null : audience;
    }

    @Override
    public Optional<CreatorProfile> find(CreatorKey key) {
        return catalog.creator(key).map(c -> {
            List<Post> posts = catalog.posts(key);
            return new CreatorProfile(
                    c,
                    posts.subList(0, Math.min(recentPosts, posts.size())),
                    catalog.metrics(key).orElse(null),
                    authenticity.apply(key),
                    audience.apply(key));
        });
    }
}
