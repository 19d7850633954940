package io.microscout.discovery;

import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final CreatorLookup<Double> authenticity;
    private final CreatorLookup<AudienceProfile> audience;

    /**
     * @param recentPosts  how many of the newest posts discovery reads (the metrics window is the natural choice)
     * @param authenticity vetting's 0–100 score of a creator, or null when not vetted
     */
    public CatalogCreatorProfiles(CreatorCatalog catalog, int recentPosts, Function<CreatorKey, Double> authenticity) {
        this(catalog, recentPosts, CreatorLookup.each(authenticity), CreatorLookup.each(null));
    }

    /**
     * @param authenticity vetting's 0–100 scores of creators (the unvetted left out)
     * @param audience     creators' measured audiences (insights, a media kit), the others left out
     */
    public CatalogCreatorProfiles(
            CreatorCatalog catalog,
            int recentPosts,
            CreatorLookup<Double> authenticity,
            CreatorLookup<AudienceProfile> audience) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (recentPosts <= 0) {
            throw new IllegalArgumentException("recentPosts must be positive");
        }
        this.recentPosts = recentPosts;
        this.authenticity = authenticity == null ? CreatorLookup.each(null) : authenticity;
        this.audience = audience == null ? CreatorLookup.each(null) : audience;
    }

    @Override
    public Optional<CreatorProfile> find(CreatorKey key) {
        return catalog.creator(key).map(c -> {
            List<Post> posts = catalog.posts(key);
            return new CreatorProfile(
                    c,
                    posts.subList(0, Math.min(recentPosts, posts.size())),
                    catalog.metrics(key).orElse(null),
                    authenticity.of(key),
                    audience.of(key));
        });
    }

    /** Every part read for all the creators at once: one query per part, not one per creator. */
    @Override
    public Map<CreatorKey, CreatorProfile> findAll(Collection<CreatorKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<CreatorKey, Creator> creators = catalog.creatorsOf(keys);
        Map<CreatorKey, List<Post>> posts = catalog.postsOf(creators.keySet());
        Map<CreatorKey, CreatorMetrics> metrics = catalog.metricsOf(creators.keySet());
        Map<CreatorKey, Double> scores = authenticity.of(creators.keySet());
        Map<CreatorKey, AudienceProfile> audiences = audience.of(creators.keySet());
        Map<CreatorKey, CreatorProfile> out = new LinkedHashMap<>();
        for (CreatorKey k : keys) {
            Creator c = creators.get(k);
            if (c == null) {
                continue;
            }
            List<Post> all = posts.getOrDefault(k, List.of());
            out.put(
                    k,
                    new CreatorProfile(
                            c,
                            all.subList(0, Math.min(recentPosts, all.size())),
                            metrics.get(k),
                            scores.get(k),
                            audiences.get(k)));
        }
        return out;
    }
}
