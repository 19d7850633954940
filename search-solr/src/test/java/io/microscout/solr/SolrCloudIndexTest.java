package io.microscout.solr;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakLingering;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.search.LuceneCreatorIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.lucene.tests.util.QuickPatchThreadsFilter;
import org.apache.solr.SolrIgnoredThreadsFilter;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.embedded.JettySolrRunner;
import org.assertj.core.api.Assertions;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The SolrCloud index on a real cluster on loopback: two Solr nodes (Jetty) and an embedded ZooKeeper
 * ({@link org.apache.solr.cloud.MiniSolrCloudCluster}), collections of 2 shards x 2 replicas, MicroScout's config
 * set uploaded by MicroScout. The catalog is generated ({@link ClusteredCatalog}): these are agreement and
 * availability checks, not quality checks.
 */
@SolrTestCaseJ4.SuppressSSL
@ThreadLeakLingering(linger = 5_000)
@ThreadLeakFilters(
        defaultFilters = true,
        filters = {SolrIgnoredThreadsFilter.class, QuickPatchThreadsFilter.class, JdkHttpClientThreads.class})
public class SolrCloudIndexTest extends SolrCloudTestCase {

    static final int CREATORS = 2_000;
    static final int BRIEFS = 40;
    static final SolrConfigSet CONFIG = new SolrConfigSet(ClusteredCatalog.DIMENSIONS);
    static ClusteredCatalog catalog = new ClusteredCatalog(42);
    static List<IndexedCreator> creators;
    static List<IndexQuery> briefs;
    static LuceneCreatorIndex lucene;
    static SolrAddress address;
    static SolrCluster admin;
    static SolrCreatorIndex solr;

    @BeforeClass
    public static void startClusterAndLoad() throws Exception {
        configureCluster(2).configure();
        List<String> nodes = cluster.getJettySolrRunners().stream()
                .map(j -> j.getBaseUrl().toString())
                .toList();
        address = new SolrAddress(nodes, "creators");
        admin = new SolrCluster(nodes);
        String collection = admin.ensureIndex("creators", CONFIG, 2, 2);
        cluster.waitForActiveCollection(collection, 2, 4);
        creators = catalog.creators(CREATORS);
        briefs = catalog.briefs(BRIEFS, 50);
        lucene = LuceneCreatorIndex.inMemory();
        lucene.load(creators, 1);
        solr = SolrCreatorIndex.open(address);
        load(solr, creators);
    }

    static void load(SolrCreatorIndex index, List<IndexedCreator> all) {
        for (int i = 0; i < all.size(); i += 500) {
            index.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        index.commit(false);
    }

    @AfterClass
    public static void close() {
        if (solr != null) solr.close();
        if (admin != null) admin.close();
        if (lucene != null) lucene.close();
        solr = null;
        admin = null;
        lucene = null;
        creators = null;
        briefs = null;
    }

    @Test
    public void theConfigSetIsUploadedOnceAndTheAliasNamesTheCollection() {
        Assertions.assertThat(admin.ensureConfigSet(CONFIG))
                .as("already uploaded")
                .isFalse();
        Assertions.assertThat(admin.resolve("creators")).isEqualTo("creators_1");
        Assertions.assertThat(solr.size()).isEqualTo(CREATORS);
    }

    @Test
    public void everyHitPassesTheBriefsFilters() {
        Map<CreatorKey, IndexedCreator> byKey =
                creators.stream().collect(Collectors.toMap(IndexedCreator::key, c -> c));
        for (IndexQuery q : briefs.subList(0, 10)) {
            for (IndexHit hit : solr.search(q)) {
                Assertions.assertThat(q.filter().admits(byKey.get(hit.key())))
                        .as("%s admitted by %s", hit.key(), q.filter())
                        .isTrue();
            }
        }
    }

    /** The same top-10 as the embedded Lucene index: by keywords, by vector, and fused. */
    @Test
    public void theSameTopTenAsTheEmbeddedIndex() {
        double keyword = 0, vector = 0, fused = 0;
        int withKeywords = 0, withVector = 0;
        for (IndexQuery q : briefs) {
            List<IndexHit> embedded = lucene.search(q);
            List<IndexHit> cluster = solr.search(q);
            if (q.keywords() != null) {
                keyword += overlap(embedded, cluster, IndexHit::keywordScore);
                withKeywords++;
                bm25IsGlobal(embedded, cluster);
            }
            if (q.vector() != null) {
                vector += overlap(embedded, cluster, h -> similarity(h));
                withVector++;
            }
            fused += overlap(embedded, cluster, SolrCloudIndexTest::fusedScore);
        }
        System.out.printf(
                "parity with the embedded index over %d generated briefs (%,d creators, 2 shards x 2 replicas):"
                        + " top-10 overlap by keywords %.4f, by vector %.4f, fused %.4f%n",
                briefs.size(), CREATORS, keyword / withKeywords, vector / withVector, fused / briefs.size());
        Assertions.assertThat(keyword / withKeywords).isGreaterThanOrEqualTo(0.9);
        Assertions.assertThat(vector / withVector).isGreaterThanOrEqualTo(0.9);
        Assertions.assertThat(fused / briefs.size()).isGreaterThanOrEqualTo(0.9);
    }

    /** With ExactStatsCache a creator's BM25 score does not depend on its shard: the embedded index's figure. */
    private static void bm25IsGlobal(List<IndexHit> embedded, List<IndexHit> cluster) {
        Map<CreatorKey, Double> mine = embedded.stream()
                .filter(h -> h.keywordScore() > 0)
                .collect(Collectors.toMap(IndexHit::key, IndexHit::keywordScore));
        for (IndexHit h : cluster) {
            Double expected = mine.get(h.key());
            if (expected != null) {
                Assertions.assertThat(h.keywordScore())
                        .as("BM25 of %s", h.key())
                        .isCloseTo(expected, within(expected));
            }
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double score) {
        return org.assertj.core.data.Offset.offset(Math.max(1e-4, score * 1e-4));
    }

    private static double similarity(IndexHit h) {
        return h.semanticSimilarity() == null ? -2 : h.semanticSimilarity();
    }

    /** A fused order for the comparison: cosine plus BM25 scaled to 0..1 by a fixed ceiling. */
    private static double fusedScore(IndexHit h) {
        return Math.max(0, similarity(h)) + Math.min(1, h.keywordScore() / 20);
    }

    static double overlap(List<IndexHit> a, List<IndexHit> b, ToDoubleFunction<IndexHit> score) {
        Set<CreatorKey> top = top(a, score);
        Set<CreatorKey> other = top(b, score);
        if (top.isEmpty() && other.isEmpty()) {
            return 1;
        }
        Set<CreatorKey> both = new HashSet<>(top);
        both.retainAll(other);
        return (double) both.size() / Math.max(top.size(), other.size());
    }

    private static Set<CreatorKey> top(List<IndexHit> hits, ToDoubleFunction<IndexHit> score) {
        return hits.stream()
                .filter(h -> score.applyAsDouble(h) > 0 || score.applyAsDouble(h) > -2)
                .sorted(Comparator.comparingDouble(score)
                        .reversed()
                        .thenComparing(h -> h.key().toString()))
                .limit(10)
                .map(IndexHit::key)
                .collect(Collectors.toSet());
    }

    @Test
    public void aNodeStoppedMidRunLeavesEveryQueryAnsweredFromTheReplicas() throws Exception {
        List<List<IndexHit>> before =
                briefs.subList(0, 20).stream().map(solr::search).toList();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        List<Double> mismatches = new ArrayList<>();
        Thread queries = new Thread(() -> {
            for (int round = 0; round < 90 && failed.get() == 0; round++) {
                int i = round % 20;
                try {
                    List<IndexHit> got = solr.search(briefs.get(i));
                    synchronized (mismatches) { // replicas build their own HNSW graphs: near, not always equal
                        mismatches.add(agreement(keys(got), keys(before.get(i))));
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                }
            }
        });
        queries.start();
        while (answered.get() < 20) {
            Thread.sleep(20);
        }
        JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        cluster.waitForJettyToStop(stopped);
        int atStop = answered.get();
        queries.join();
        System.out.printf(
                "failover: node %s stopped after %d queries; %d answered in all, %d failed; hits agree %.4f with the"
                        + " full cluster's%n",
                stopped.getBaseUrl(),
                atStop,
                answered.get(),
                failed.get(),
                mismatches.stream().mapToDouble(d -> d).average().orElse(1));
        cluster.startJettySolrRunner(stopped);
        cluster.waitForNode(stopped, 60);
        cluster.waitForActiveCollection(admin.resolve("creators"), 2, 4);
        Assertions.assertThat(firstFailure.get()).as("a query failed").isNull();
        Assertions.assertThat(answered.get()).as("every query answered").isEqualTo(90);
        Assertions.assertThat(answered.get() - atStop)
                .as("queries answered after the stop (90 in all, the stop after the first 20)")
                .isGreaterThanOrEqualTo(30);
        Assertions.assertThat(mismatches.stream().mapToDouble(d -> d).average().orElse(1))
                .as("hits agree with the full cluster's")
                .isGreaterThanOrEqualTo(0.9);
    }

    private static double agreement(Set<CreatorKey> a, Set<CreatorKey> b) {
        Set<CreatorKey> both = new HashSet<>(a);
        both.retainAll(b);
        return a.isEmpty() && b.isEmpty() ? 1 : (double) both.size() / Math.max(a.size(), b.size());
    }

    private static Set<CreatorKey> keys(List<IndexHit> hits) {
        return hits.stream().map(IndexHit::key).collect(Collectors.toSet());
    }

    @Test
    public void aRollingReindexToANewCollectionFailsNoQuery() throws Exception {
        String first = admin.ensureIndex("rolling", CONFIG, 2, 2);
        cluster.waitForActiveCollection(first, 2, 4);
        try (SolrCreatorIndex rolling = SolrCreatorIndex.open(address.withCollection("rolling"))) {
            List<IndexedCreator> old = creators.subList(0, 500);
            load(rolling, old);
            AtomicInteger answered = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicInteger sawNew = new AtomicInteger();
            Thread queries = new Thread(() -> {
                while (sawNew.get() < 50 && failure.get() == null && answered.get() < 5_000) {
                    try {
                        long size = rolling.size();
                        rolling.search(briefs.get(answered.get() % briefs.size()));
                        if (size == 1_000) {
                            sawNew.incrementAndGet();
                        } else if (size != 500) {
                            throw new AssertionError("a half-built collection was searched: " + size);
                        }
                        answered.incrementAndGet();
                    } catch (RuntimeException | AssertionError e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
            queries.start();
            admin.createCollection("rolling_2", CONFIG, 2, 2);
            cluster.waitForActiveCollection("rolling_2", 2, 4);
            try (SolrCreatorIndex next = SolrCreatorIndex.open(address.withCollection("rolling_2"))) {
                load(next, creators.subList(0, 1_000));
            }
            admin.alias("rolling", "rolling_2");
            admin.awaitAlias("rolling", "rolling_2", java.time.Duration.ofSeconds(30));
            admin.deleteCollection(first);
            queries.join();
            System.out.printf(
                    "rolling reindex: %d queries during the rebuild and swap, %d on the new collection, failure: %s%n",
                    answered.get(), sawNew.get(), failure.get());
            Assertions.assertThat(failure.get()).as("a query failed").isNull();
            Assertions.assertThat(sawNew.get()).isEqualTo(50);
            Assertions.assertThat(admin.collections()).doesNotContain(first).contains("rolling_2");
        }
    }
}
