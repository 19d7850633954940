package io.microscout.bench.discover;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.search.ExactCreatorIndex;
import io.microscout.search.LuceneCreatorIndex;
import io.microscout.search.LuceneIndexSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * {@code bench discover}: a synthetic catalog in the Lucene index, timed briefs, and the same briefs against
 * the exact scan (recall reference) and optionally PostgreSQL full-text search.
 */
public final class DiscoverBenchmark {

    public record Options(
            int creators,
            int queries,
            int threads,
            String baselineDb,
            long seed,
            int embeddingSample,
            Path indexDir,
            int segments,
            LuceneIndexSettings settings,
            int warmup,
            int candidates,
            int exactQueries,
            String solrIndex,
            int solrShards,
            int solrReplicas) {}

    static final double RECALL_GOAL = 0.95;
    /** Issue 18's goals for a brief with filters, at 100,000 and at 1,000,000 creators. */
    static final double P50_GOAL_MS = 10;

    static final double P99_GOAL_MS = 50;
    static final double SPEEDUP_GOAL = 10;

    private final Options o;
    private final PrintStream out;

    public DiscoverBenchmark(Options options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf(
                "bench discover: %,d creators, %,d briefs, %d threads, seed %d, %d candidates per retriever%n",
                o.creators(), o.queries(), o.threads(), o.seed(), o.candidates());
        out.printf(
                "machine: %d cores, load average %s; Java %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        out.println(
                "NOTE: vectors are GENERATED stand-ins for model embeddings (384-d niche centroids + sub-topics"
                        + " + noise, normalised); texts come from niche vocabularies. Model throughput is measured separately.");
        SyntheticCatalog catalog = new SyntheticCatalog(o.seed());
        long t0 = System.nanoTime();
        List<IndexedCreator> creators = catalog.creators(o.creators(), o.threads());
        out.printf("catalog generated in %.1f s; heap used after GC: %s%n", secondsSince(t0), heap());

        boolean tempDir = o.indexDir() == null;
        Path dir = tempDir ? Files.createTempDirectory("microscout-bench-index") : o.indexDir();
        List<IndexQuery> queries = SyntheticBriefs.queries(catalog, o.queries(), o.creators(), o.candidates());
        List<List<IndexHit>> found;
        Histogram luceneAll;
        Latencies lucene;
        Latencies luceneKeywords = null;
        try (LuceneCreatorIndex index = LuceneCreatorIndex.onDisk(dir, o.settings())) {
            t0 = System.nanoTime();
            boolean reused = index.size() == creators.size();
            if (reused) {
                out.println("reusing the index already in " + dir + " (same size); build time not measured");
            } else {
                index.load(creators, o.threads());
            }
            double load = secondsSince(t0);
            if (!reused)
                out.printf(
                        "Lucene index built in %.1f s (%d indexing threads, RAM buffer %.0f MB, HNSW M=%d beamWidth=%d): %d segments%n",
                        load,
                        o.threads(),
                        o.settings().ramBufferMb(),
                        o.settings().maxConn(),
                        o.settings().beamWidth(),
                        index.segmentCount());
            if (o.segments() > 0) {
                t0 = System.nanoTime();
                index.forceMerge(o.segments());
                out.printf(
                        "force-merged to %d segment(s) in %.1f s; total build %.1f s%n",
                        index.segmentCount(), secondsSince(t0), load + secondsSince(t0));
            }
            out.printf(
                    "index on disk: %s in %s; heap used after GC (catalog + open index): %s%n",
                    mib(index.sizeInBytes()), dir, heap());

            List<IndexQuery> warm = SyntheticBriefs.queries(
                    new SyntheticCatalog(o.seed() + 1), o.warmup(), o.creators(), o.candidates());
            Latencies.measure(warm.size(), o.threads(), i -> index.search(warm.get(i)));
            found = new java.util.ArrayList<>(java.util.Collections.nCopies(queries.size(), null));
            lucene = Latencies.measure(queries.size(), o.threads(), i -> found.set(i, index.search(queries.get(i))));
            luceneAll = lucene.histogram();
            out.printf(
                    "Lucene (BM25 + HNSW kNN, k=%d, filters inside): %s; %.0f queries/s on %d threads%n",
                    (int) Math.ceil(o.candidates() * o.settings().knnOversampling()),
                    Latencies.percentiles(luceneAll),
                    lucene.queriesPerSecond(),
                    o.threads());
            out.printf(
                    "Lucene CPU time per brief (latency on an idle core): %s%n",
                    Latencies.percentiles(lucene.cpuHistogram()));
            if (comparesWithPostgres()) {
                // the keyword half of each brief alone (same filters, no vector): what PostgreSQL's full-text
                // search is compared with like for like; warmed first on the warm-up briefs' halves, as the hybrid
                // search is (its code path differs: the filter is left to the postings, not worked out whole)
                searchKeywordHalves(index, warm);
                luceneKeywords = searchKeywordHalves(index, queries);
            }
        } finally {
            if (tempDir) {
                deleteTree(dir);
            }
        }

        List<List<IndexHit>> solrFound = null;
        if (o.solrIndex() != null) {
            solrFound = new java.util.ArrayList<>();
            List<IndexQuery> warm = SyntheticBriefs.queries(
                    new SyntheticCatalog(o.seed() + 1), o.warmup(), o.creators(), o.candidates());
            SolrBeside.run(
                    o.solrIndex(),
                    o.solrShards(),
                    o.solrReplicas(),
                    creators,
                    queries,
                    warm,
                    o.threads(),
                    solrFound,
                    out);
        }
        double recall = exactBaseline(creators, queries, found, solrFound);
        Double speedup = postgresBaseline(creators, queries, lucene, luceneKeywords);
        if (o.embeddingSample() > 0) {
            EmbeddingThroughput.report(creators, o.embeddingSample(), out);
        }
        out.printf("machine load average at the end: %s%n", loadAverage());
        out.println("goals: "
                + goal(
                        String.format(Locale.ROOT, "p50 <= %.0f ms", P50_GOAL_MS),
                        Latencies.ms(luceneAll.getValueAtPercentile(50)) <= P50_GOAL_MS)
                + ", "
                + goal(
                        String.format(Locale.ROOT, "p99 <= %.0f ms", P99_GOAL_MS),
                        Latencies.ms(luceneAll.getValueAtPercentile(99)) <= P99_GOAL_MS)
                + ", " + goal("recall@" + o.candidates() + " >= 0.95", recall >= RECALL_GOAL)
                + ", "
                + (speedup == null
                        ? "10x PostgreSQL: not measured"
                        : goal(
                                ">= 10x faster than PostgreSQL at p50 and p99 (keyword half)",
                                speedup >= SPEEDUP_GOAL)));
    }

    private double exactBaseline(
            List<IndexedCreator> creators,
            List<IndexQuery> queries,
            List<List<IndexHit>> found,
            List<List<IndexHit>> solrFound) {
        ExactCreatorIndex exact = new ExactCreatorIndex();
        long t0 = System.nanoTime();
        exact.upsert(creators);
        out.printf(
                "exact index (brute-force scan) built in %.1f s; heap used after GC: %s%n", secondsSince(t0), heap());
        List<List<IndexHit>> truth = new java.util.ArrayList<>(java.util.Collections.nCopies(o.exactQueries(), null));
        Latencies scan =
                Latencies.measure(o.exactQueries(), o.threads(), i -> truth.set(i, exact.search(queries.get(i))));
        out.printf(
                "exact scan: %s; %.1f queries/s on %d threads%n",
                Latencies.percentiles(scan.histogram()), scan.queriesPerSecond(), o.threads());
        out.printf("exact scan CPU time per brief: %s%n", Latencies.percentiles(scan.cpuHistogram()));
        double recall = recall("Lucene", queries, truth, found);
        if (solrFound != null) {
            recall("Solr", queries, truth, solrFound);
        }
        return recall;
    }

    private double recall(
            String label, List<IndexQuery> queries, List<List<IndexHit>> truth, List<List<IndexHit>> found) {
        int relevant = 0;
        int retrieved = 0;
        int vectorQueries = 0;
        int below90 = 0;
        double worst = 1;
        for (int i = 0; i < o.exactQueries(); i++) {
            if (queries.get(i).vector() == null) {
                continue;
            }
            Set<CreatorKey> best = topByVector(truth.get(i), o.candidates());
            Set<CreatorKey> got = topByVector(found.get(i), o.candidates());
            long hit = best.stream().filter(got::contains).count();
            relevant += best.size();
            retrieved += hit;
            vectorQueries++;
            double r = best.isEmpty() ? 1 : (double) hit / best.size();
            worst = Math.min(worst, r);
            if (r < 0.9) {
                below90++;
                if (below90 <= 5) {
                    out.printf(
                            "  low recall %.2f on brief %d (%d exact neighbours): %s%n",
                            r, i, best.size(), queries.get(i).filter());
                }
            }
        }
        double recall = relevant == 0 ? 1 : (double) retrieved / relevant;
        out.printf(
                "%s vector recall@%d vs exact: %.4f over %d briefs with a vector (worst brief %.2f, %d briefs below 0.90)%n",
                label, o.candidates(), recall, vectorQueries, worst, below90);
        return recall;
    }

    /** Times the keyword half of each brief PostgreSQL could also answer (the others take no time). */
    private Latencies searchKeywordHalves(CreatorIndex index, List<IndexQuery> briefs) {
        List<IndexQuery> halves = briefs.stream()
                .map(q -> new IndexQuery(q.keywords(), null, q.filter(), q.candidates()))
                .toList();
        return Latencies.measure(halves.size(), o.threads(), i -> {
            if (PostgresFtsBaseline.answers(halves.get(i))) {
                index.search(halves.get(i));
            }
        });
    }

    private boolean comparesWithPostgres() {
        return o.baselineDb() != null && !o.baselineDb().isBlank();
    }

    /**
     * PostgreSQL full-text search on the briefs with keywords, beside Lucene's whole hybrid search and its keyword
     * half alone on the same briefs; returns the smaller of the keyword half's speed-ups at p50 and p99 (issue 18
     * compares "the keyword half"), or null without a database.
     */
    private Double postgresBaseline(
            List<IndexedCreator> creators, List<IndexQuery> queries, Latencies lucene, Latencies luceneKeywords)
            throws Exception {
        if (!comparesWithPostgres()) {
            out.println("PostgreSQL baseline skipped: no --baseline-db given");
            return null;
        }
        PostgresFtsBaseline pg = new PostgresFtsBaseline(o.baselineDb());
        long t0 = System.nanoTime();
        pg.load(creators);
        out.printf(
                "PostgreSQL: loaded with COPY and indexed (GIN tsvector + B-trees) in %.1f s; %s on disk%n",
                secondsSince(t0), mib(pg.sizeInBytes()));
        List<Integer> answerable = java.util.stream.IntStream.range(0, queries.size())
                .filter(i -> PostgresFtsBaseline.answers(queries.get(i)))
                .boxed()
                .toList();
        ThreadLocal<java.sql.Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return pg.connect();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot connect to " + o.baselineDb() + ": " + e.getMessage(), e);
            }
        });
        int warm = Math.min(o.warmup(), answerable.size());
        Latencies.measure(warm, o.threads(), i -> pg.search(connections.get(), queries.get(answerable.get(i))));
        Latencies sql = Latencies.measure(
                answerable.size(), o.threads(), i -> pg.search(connections.get(), queries.get(answerable.get(i))));
        Set<Integer> subset = Set.copyOf(answerable);
        Histogram pgH = sql.histogram();
        Histogram luceneH = lucene.histogram(subset::contains);
        out.printf(
                "PostgreSQL full-text (ts_rank, same filters) on the %d briefs with keywords: %s; %.1f queries/s on %d threads%n",
                answerable.size(), Latencies.percentiles(pgH), sql.queriesPerSecond(), o.threads());
        out.printf("Lucene on the same %d briefs: %s%n", answerable.size(), Latencies.percentiles(luceneH));
        double ratio50 = (double) pgH.getValueAtPercentile(50) / luceneH.getValueAtPercentile(50);
        out.printf(
                "Lucene is %.1fx faster at p50, %.1fx at p95, %.1fx at p99 (Lucene also runs the kNN search; PostgreSQL only keywords)%n",
                ratio50,
                (double) pgH.getValueAtPercentile(95) / luceneH.getValueAtPercentile(95),
                (double) pgH.getValueAtPercentile(99) / luceneH.getValueAtPercentile(99));
        Histogram keywordsH = luceneKeywords.histogram(subset::contains);
        out.printf(
                "Lucene, the keyword half alone (BM25, same filters, no vector) on the same %d briefs: %s%n",
                answerable.size(), Latencies.percentiles(keywordsH));
        // wall time above CPU time is time the query thread waited for a core (two query threads on two cores share
        // them with GC and the JIT): at 100,000 creators the slowest keyword halves took 5 ms for 1 ms of CPU
        out.printf(
                "Lucene, the keyword half's CPU time per brief (latency on an idle core): %s%n",
                Latencies.percentiles(luceneKeywords.cpuHistogram(subset::contains)));
        double keyword50 = (double) pgH.getValueAtPercentile(50) / keywordsH.getValueAtPercentile(50);
        double keyword99 = (double) pgH.getValueAtPercentile(99) / keywordsH.getValueAtPercentile(99);
        out.printf(
                "like for like (keywords only on both), Lucene is %.1fx faster at p50, %.1fx at p95, %.1fx at p99%n",
                keyword50, (double) pgH.getValueAtPercentile(95) / keywordsH.getValueAtPercentile(95), keyword99);
        pg.drop();
        return Math.min(keyword50, keyword99);
    }

    /** The keys of the best {@code k} hits by semantic similarity. */
    public static Set<CreatorKey> topByVector(List<IndexHit> hits, int k) {
        return hits.stream()
                .filter(h -> h.semanticSimilarity() != null)
                .sorted(Comparator.comparingDouble(IndexHit::semanticSimilarity).reversed())
                .limit(k)
                .map(IndexHit::key)
                .collect(Collectors.toSet());
    }

    static String loadAverage() {
        return io.microscout.bench.load.LoadAverage.now();
    }

    private static String goal(String name, boolean met) {
        return name + (met ? " MET" : " NOT MET");
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String heap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return mib(rt.totalMemory() - rt.freeMemory()) + " of max " + mib(rt.maxMemory());
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
