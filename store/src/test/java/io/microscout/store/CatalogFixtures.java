package io.microscout.store;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.metrics.CreatorMetrics;
import java.time.Instant;
import java.util.List;

/** Small catalog fixtures: creators, posts and snapshots named by what matters to a test. */
final class CatalogFixtures {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private CatalogFixtures() {}

    static Creator creator(String key, long followers) {
        return Creator.builder(CreatorKey.parse(key))
                .displayName("Name of " + key)
                .biography("Bio of " + key)
                .followers(followers)
                .following(300L)
                .mediaCount(120L)
                .countryCode("DE")
                .languageCode("de")
                .verified(false)
                .links(List.of("https://example.org/" + CreatorKey.parse(key).handle()))
                .observedAt(NOW)
                .build();
    }

    static Post post(String key, String id, long likes, long comments, int daysAgo) {
        return new Post(
                CreatorKey.parse(key),
                id,
                NOW.minusSeconds(86_400L * daysAgo),
                PostFormat.PHOTO,
                "morning run #running #ad with @friend",
                List.of("running", "ad"),
                List.of("friend"),
                likes,
                comments,
                null,
                null,
                null,
                true,
                "https://example.org/p/" + id);
    }

    static FollowerSnapshot snapshot(String key, int daysAgo, long followers) {
        return new FollowerSnapshot(CreatorKey.parse(key), NOW.minusSeconds(86_400L * daysAgo), followers, 300L, 120L);
    }

    static CatalogBatch batch(List<Creator> creators, List<Post> posts, List<FollowerSnapshot> snapshots) {
        return new CatalogBatch("test", creators, posts, snapshots);
    }

    static CreatorMetrics metrics(int posts, Double erMean) {
        return new CreatorMetrics(
                "last 30 posts older than 24 h",
                posts,
                erMean,
                erMean,
                null,
                null,
                100.0,
                90.0,
                5.0,
                4.0,
                null,
                null,
                2.5,
                0.01,
                null,
                0.3,
                0.8,
                0.05,
                0.1,
                NOW,
                null);
    }
}
