package io.microscout.bench;

import io.microscout.bench.discover.DiscoverBenchmark;
import io.microscout.search.LuceneIndexSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout bench discover}: the discovery index against an exact scan and PostgreSQL full-text search. */
@Command(
        name = "discover",
        mixinStandardHelpOptions = true,
        description = {
            "Builds a synthetic catalog (GENERATED vectors stand in for model embeddings) in the Lucene index,",
            "runs varied briefs (keywords + vector + hard filters), and prints latency percentiles, queries/s,",
            "build time, index size and heap; compares with an exact brute-force scan (vector recall) and,",
            "with --baseline-db, PostgreSQL full-text search on the same briefs. Needs a large heap for",
            "1,000,000 creators: MICROSCOUT_JAVA_OPTS=-Xmx12g."
        })
final class BenchDiscoverCommand implements Callable<Integer> {

    @Option(names = "--creators", defaultValue = "100000", description = "Catalog size (default ${DEFAULT-VALUE}).")
    int creators;

    @Option(names = "--queries", defaultValue = "1000", description = "Briefs to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Search and indexing threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--baseline-db",
            paramLabel = "JDBC_URL",
            description = "PostgreSQL to compare with, e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres."
                    + " A table microscout_bench_creators is created there and dropped afterwards.")
    String baselineDb;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the catalog and briefs (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--embedding-sample",
            defaultValue = "2000",
            description =
                    "Texts to embed with the real MiniLM model for its throughput; 0 skips (default ${DEFAULT-VALUE}).")
    int embeddingSample;

    @Option(
            names = "--index-dir",
            description = "Keep the index in this folder (default: a temporary folder, deleted).")
    Path indexDir;

    @Option(
            names = "--segments",
            defaultValue = "1",
            description = "Force-merge the index to at most this many segments after loading (default ${DEFAULT-VALUE}:"
                    + " what index rebuild leaves); 0 = no merge.")
    int segments;

    @Option(
            names = "--hnsw-m",
            defaultValue = "16",
            description = "HNSW neighbours per node (default ${DEFAULT-VALUE}).")
    int m;

    @Option(
            names = "--beam-width",
            defaultValue = "100",
            description = "HNSW construction beam (default ${DEFAULT-VALUE}).")
    int beamWidth;

    @Option(
            names = "--oversample",
            defaultValue = "2.0",
            description = "kNN asks for candidates x this many neighbours, keeps the best (default ${DEFAULT-VALUE}).")
    double oversample;

    @Option(
            names = "--ram-buffer-mb",
            defaultValue = "1024",
            description = "Indexing RAM buffer (default ${DEFAULT-VALUE}).")
    double ramBufferMb;

    @Option(
            names = "--exact-filter-limit",
            defaultValue = "20000",
            description =
                    "Filters admitting at most this many creators scan their vectors exactly instead of HNSW (default ${DEFAULT-VALUE}).")
    int exactFilterLimit;

    @Option(
            names = "--quantized",
            description = "HNSW over int8 scalar-quantized vectors (raw vectors kept for exact re-ranking).")
    boolean quantized;

    @Option(
            names = "--exact-queries",
            description = "Run only the first N briefs through the exact scan (default: all).")
    Integer exactQueries;

    @Option(
            names = "--candidates",
            defaultValue = "50",
            description = "Candidates per retriever, the N of recall@N (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(
            names = "--index",
            paramLabel = "solr:URL/COLLECTION",
            description = "Also build and time a SolrCloud collection of that name beside the embedded index"
                    + " (deleted and created afresh), e.g. solr:http://127.0.0.1:8983/solr/bench")
    String solrIndex;

    @Option(
            names = "--solr-shards",
            defaultValue = "2",
            description = "Shards of the Solr collection (default ${DEFAULT-VALUE}).")
    int solrShards;

    @Option(
            names = "--solr-replicas",
            defaultValue = "2",
            description = "Replicas of each shard (default ${DEFAULT-VALUE}).")
    int solrReplicas;

    @Option(
            names = "--warmup",
            defaultValue = "200",
            description = "Untimed warm-up briefs (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (creators < 1
                || queries < 1
                || threads < 1
                || candidates < 1
                || warmup < 0
                || embeddingSample < 0
                || segments < 0) {
            throw new IllegalArgumentException("--creators, --queries, --threads and --candidates must be positive;"
                    + " --warmup, --embedding-sample and --segments not negative");
        }
        LuceneIndexSettings settings = LuceneIndexSettings.defaults()
                .withHnsw(m, beamWidth, oversample)
                .withRamBufferMb(ramBufferMb)
                .withMergeWorkers(threads)
                .withQuantization(quantized)
                .withExactFilterLimit(exactFilterLimit);
        new DiscoverBenchmark(
                        new DiscoverBenchmark.Options(
                                creators,
                                queries,
                                threads,
                                baselineDb,
                                seed,
                                embeddingSample,
                                indexDir,
                                segments,
                                settings,
                                warmup,
                                candidates,
                                exactQueries == null ? queries : Math.min(queries, exactQueries),
                                solrIndex,
                                solrShards,
                                solrReplicas),
                        System.out)
                .run();
        return 0;
    }
}
