package io.microscout.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.fakes.Creators;
import io.microscout.metrics.CreatorMetrics;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogCreatorProfilesTest {
    private final CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, "greenglow");
    private final CreatorMetrics metrics = Creators.metrics(0.02);

    /** A catalog holding one creator with 40 posts (newest first); any other call fails the test. */
    private CreatorCatalog catalog() {
        Creator c = Creator.builder(key).followers(24_000L).build();
        Map<String, Object> answers = Map.of(
                "creator",
                Optional.of(c),
                "posts",
                Creators.posts(key, 40, 0, "post"),
                "metrics",
                Optional.of(metrics));
        return (CreatorCatalog) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CreatorCatalog.class}, (proxy, method, args) -> {
                    if (!args[0].equals(key)) {
                        return method.getName().equals("creator") ? Optional.empty() : null;
                    }
                    Object a = answers.get(method.getName());
                    if (a == null) {
                        throw new AssertionError("unexpected call " + method.getName());
                    }
                    return a;
                });
    }

    @Test
    void aProfileHoldsTheNewestPostsTheStoredMetricsAndTheVettingScore() {
        CatalogCreatorProfiles profiles = new CatalogCreatorProfiles(catalog(), 30, k -> k.equals(key) ? 71.0 : null);
        CreatorProfile p = profiles.find(key).orElseThrow();
        assertThat(p.recentPosts()).hasSize(30);
        assertThat(p.recentPosts().get(0).platformPostId()).isEqualTo("greenglow-0");
        assertThat(p.metrics()).isSameAs(metrics);
        assertThat(p.authenticity()).isEqualTo(71.0);
        assertThat(p.audience()).isNull();
    }

    @Test
    void anUnknownCreatorHasNoProfile() {
        assertThat(new CatalogCreatorProfiles(catalog(), 30, null).find(CreatorKey.of(Platform.TIKTOK, "nobody")))
                .isEmpty();
    }

    @Test
    void manyProfilesAreReadWithOneCallPerPartAndMatchTheProfilesReadOneByOne() {
        CreatorKey other = CreatorKey.of(Platform.TIKTOK, "nobody");
        Map<String, Integer> calls = new java.util.HashMap<>();
        CreatorCatalog one = catalog();
        CreatorCatalog batched = (CreatorCatalog) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CreatorCatalog.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    if (!method.isDefault()) {
                        throw new AssertionError("read one by one: " + method.getName());
                    }
                    java.util.Collection<?> keys = (java.util.Collection<?>) args[0];
                    return switch (method.getName()) {
                        case "creatorsOf" ->
                            keys.contains(key) ? Map.of(key, one.creator(key).orElseThrow()) : Map.of();
                        case "postsOf" -> keys.contains(key) ? Map.of(key, one.posts(key)) : Map.of();
                        case "metricsOf" -> keys.contains(key) ? Map.of(key, metrics) : Map.of();
                        default -> throw new AssertionError("unexpected call " + method.getName());
                    };
                });
        Map<String, Integer> lookups = new java.util.HashMap<>();
        CatalogCreatorProfiles profiles = new CatalogCreatorProfiles(
                batched,
                30,
                keys -> {
                    lookups.merge("authenticity", 1, Integer::sum);
                    return keys.contains(key) ? Map.of(key, 71.0) : Map.of();
                },
                keys -> {
                    lookups.merge("audience", 1, Integer::sum);
                    return Map.of();
                });

        Map<CreatorKey, CreatorProfile> found = profiles.findAll(java.util.List.of(key, other));

        assertThat(found).containsOnlyKeys(key);
        CreatorProfile expected = new CatalogCreatorProfiles(one, 30, k -> k.equals(key) ? 71.0 : null)
                .find(key)
                .orElseThrow();
        assertThat(found.get(key)).isEqualTo(expected);
        assertThat(calls).containsExactlyInAnyOrderEntriesOf(Map.of("creatorsOf", 1, "postsOf", 1, "metricsOf", 1));
        assertThat(lookups).containsExactlyInAnyOrderEntriesOf(Map.of("authenticity", 1, "audience", 1));
    }
}
