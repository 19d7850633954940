package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small hand-made creators and helpers for index tests. */
final class IndexFixtures {

    private IndexFixtures() {}

    static IndexedCreator creator(String handle, String text, float[] vector) {
        return new IndexedCreator(
                CreatorKey.of(Platform.INSTAGRAM, handle),
                text,
                vector,
                20_000L,
                0.03,
                80.0,
                "US",
                "en",
                Set.of("food"));
    }

    static IndexedCreator withFollowersAndAuthenticity(String handle, Long followers, Double authenticity) {
        return new IndexedCreator(
                CreatorKey.of(Platform.INSTAGRAM, handle),
                "vegan recipes",
                new float[] {1, 0, 0},
                followers,
                0.03,
                authenticity,
                "US",
                "en",
                Set.of("food"));
    }

    static IndexQuery keywords(String words, int candidates) {
        return new IndexQuery(words, null, IndexFilter.none(), candidates);
    }

    static IndexQuery nearest(float[] vector, IndexFilter filter, int candidates) {
        return new IndexQuery(null, vector, filter, candidates);
    }

    static Set<String> handles(List<IndexHit> hits) {
        return hits.stream().map(h -> h.key().handle()).collect(Collectors.toSet());
    }
}
