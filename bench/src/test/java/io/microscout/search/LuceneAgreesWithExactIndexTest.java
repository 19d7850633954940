package io.microscout.search;

import static io.microscout.bench.discover.DiscoverBenchmark.topByVector;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.bench.discover.SyntheticBriefs;
import io.microscout.bench.discover.SyntheticCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The approximate Lucene index against the exact scan, on a seeded synthetic catalog with random briefs. */
class LuceneAgreesWithExactIndexTest {

    static final int CREATORS = 4_000;
    static SyntheticCatalog catalog = new SyntheticCatalog(42);
    static List<IndexedCreator> creators;
    static Map<CreatorKey, IndexedCreator> byKey;
    static LuceneCreatorIndex lucene;
    static ExactCreatorIndex exact;

    @BeforeAll
    static void build() {
        creators = catalog.creators(CREATORS, 2);
        byKey = creators.stream().collect(Collectors.toMap(IndexedCreator::key, Function.identity()));
        lucene = LuceneCreatorIndex.inMemory();
        lucene.load(creators, 2);
        exact = new ExactCreatorIndex();
        exact.upsert(creators);
    }

    @AfterAll
    static void close() {
        lucene.close();
    }

    @Test
    void everyHitPassesTheBriefsHardFilters() {
        for (IndexQuery q : SyntheticBriefs.queries(catalog, 300, CREATORS, 30)) {
            for (IndexHit hit : lucene.search(q)) {
                assertThat(q.filter().admits(byKey.get(hit.key())))
                        .as("%s admitted by %s", hit.key(), q.filter())
                        .isTrue();
            }
        }
    }

    @Test
    void aSelectiveFilterStillYieldsTheExactNearestNeighbours() {
        IndexFilter youtubeInBritain =
                new IndexFilter(Set.of(Platform.YOUTUBE), 3_000L, 100_000L, Set.of("GB"), null, 50.0, null, null);
        long admitted = creators.stream().filter(youtubeInBritain::admits).count();
        for (IndexQuery q : SyntheticBriefs.queries(catalog, 20, CREATORS, 10)) {
            IndexQuery selective = new IndexQuery(null, q.vector(), youtubeInBritain, 10);
            if (q.vector() == null) {
                continue;
            }
            List<IndexHit> found = lucene.search(selective);
            assertThat(found).hasSize((int) Math.min(10, admitted));
            assertThat(topByVector(found, 10)).isEqualTo(topByVector(exact.search(selective), 10));
        }
    }

    @Test
    void vectorRecallAt50OfFilteredBriefsIsAtLeast95Percent() {
        int relevant = 0;
        int retrieved = 0;
        for (IndexQuery q : SyntheticBriefs.queries(catalog, 200, CREATORS, 50)) {
            if (q.vector() == null) {
                continue;
            }
            Set<CreatorKey> truth = topByVector(exact.search(q), 50);
            Set<CreatorKey> found = topByVector(lucene.search(q), 50);
            relevant += truth.size();
            retrieved += truth.stream().filter(found::contains).count();
        }
        assertThat((double) retrieved / relevant).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void keywordHitsOfBothIndexesAgreeOnTheBestMatch() {
        for (IndexQuery q : SyntheticBriefs.queries(catalog, 50, CREATORS, 5)) {
            if (q.keywords() == null) {
                continue;
            }
            IndexQuery keywordsOnly = new IndexQuery(q.keywords(), null, q.filter(), 5);
            Set<CreatorKey> fromLucene =
                    lucene.search(keywordsOnly).stream().map(IndexHit::key).collect(Collectors.toSet());
            Set<CreatorKey> fromExact =
                    exact.search(keywordsOnly).stream().map(IndexHit::key).collect(Collectors.toSet());
            // Lucene encodes document lengths lossily, so near-ties may swap; most of the top 5 must agree.
            long common = fromExact.stream().filter(fromLucene::contains).count();
            assertThat(common).as(q.keywords()).isGreaterThanOrEqualTo(Math.min(3, fromExact.size()));
        }
    }

    @Test
    void concurrentSearchesGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<IndexQuery> queries = SyntheticBriefs.queries(catalog, 80, CREATORS, 20);
        List<Set<CreatorKey>> sequential =
                queries.stream().map(q -> keys(lucene.search(q))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<CreatorKey>>> concurrent = queries.stream()
                    .map(q -> pool.submit(() -> keys(lucene.search(q))))
                    .toList();
            for (int i = 0; i < queries.size(); i++) {
                assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Set<CreatorKey> keys(List<IndexHit> hits) {
        return hits.stream().map(IndexHit::key).collect(Collectors.toSet());
    }
}
