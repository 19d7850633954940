package io.microscout.bench.discover;

import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.solr.SolrAddress;
import io.microscout.solr.SolrCluster;
import io.microscout.solr.SolrConfigSet;
import io.microscout.solr.SolrCreatorIndex;
import java.io.PrintStream;
import java.util.Collections;
import java.util.List;

/**
 * The same catalog and briefs on a SolrCloud collection ({@code bench discover --index solr:...}), beside the
 * embedded index in the same run: build time (batches of 1,000, one hard commit), index size over all replicas,
 * latency percentiles and CPU time of this client per brief. The collection is created afresh (any collection of
 * that name is deleted first) with the given shards and replicas.
 */
final class SolrBeside {
    private static final int BATCH = 1_000;

    private SolrBeside() {}

    /** Returns each brief's hits (for recall against the exact scan) and the latencies. */
    static Latencies run(
            String index,
            int shards,
            int replicas,
            List<IndexedCreator> creators,
            List<IndexQuery> queries,
            List<IndexQuery> warm,
            int threads,
            List<List<IndexHit>> found,
            PrintStream out) {
        SolrAddress address = SolrAddress.parse(index);
        SolrConfigSet set = new SolrConfigSet(creators.get(0).vector().length);
        try (SolrCluster cluster = new SolrCluster(address.nodes())) {
            if (cluster.collections().contains(address.collection())) {
                cluster.deleteCollection(address.collection());
            }
            cluster.createCollection(address.collection(), set, shards, replicas);
            try (SolrCreatorIndex solr = SolrCreatorIndex.open(address)) {
                long t0 = System.nanoTime();
                for (int i = 0; i < creators.size(); i += BATCH) {
                    solr.add(creators.subList(i, Math.min(creators.size(), i + BATCH)));
                    if ((i / BATCH) % 50 == 49) {
                        out.printf("  solr: %,d creators sent%n", i + BATCH);
                    }
                }
                solr.commit(false);
                out.printf(
                        "Solr collection %s (%d shards x %d replicas on %d live nodes) built in %.1f s;"
                                + " %s on disk over all replicas%n",
                        address.collection(),
                        shards,
                        replicas,
                        cluster.liveNodes(),
                        (System.nanoTime() - t0) / 1e9,
                        DiscoverBenchmark.mib(cluster.indexBytes(address.collection())));
                Latencies.measure(warm.size(), threads, i -> solr.search(warm.get(i)));
                found.addAll(Collections.nCopies(queries.size(), null)); // filled by index, one per brief
                Latencies latencies =
                        Latencies.measure(queries.size(), threads, i -> found.set(i, solr.search(queries.get(i))));
                out.printf(
                        "Solr (BM25 with ExactStatsCache + {!knn} with filters as pre-filter): %s; %.0f queries/s on"
                                + " %d threads%n",
                        Latencies.percentiles(latencies.histogram()), latencies.queriesPerSecond(), threads);
                out.printf(
                        "Solr client CPU time per brief (the nodes' CPU is not counted): %s%n",
                        Latencies.percentiles(latencies.cpuHistogram()));
                return latencies;
            }
        }
    }
}
