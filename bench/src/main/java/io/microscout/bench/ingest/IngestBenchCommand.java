package io.microscout.bench.ingest;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout bench ingest}: posts per second through parsing, metrics and storage, with peak heap. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Posts per second through parsing, metrics and storage into SQLite (and PostgreSQL, --db), with peak heap.",
            "Generates a catalog into a temporary folder, then measures posts per second through",
            "(a) parsing + metrics (CSV -> records -> MetricsCalculator) and (b) end to end (parsing, metrics and",
            "storage into SQLite in a temporary home, and into PostgreSQL with --db, as import rounds), with peak heap and",
            "where the time goes; compared in the same",
            "run with reading the lines alone and with one-row-at-a-time inserts."
        })
public final class IngestBenchCommand implements Callable<Integer> {

    @Option(names = "--creators", defaultValue = "100000", description = "Accounts (default: ${DEFAULT-VALUE}).")
    int creators;

    @Option(names = "--posts", defaultValue = "30", description = "Posts per account (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--part-size",
            defaultValue = "5000",
            description = "Creators per imported file set (default: ${DEFAULT-VALUE}).")
    int partSize;

    @Option(
            names = "--naive-posts",
            defaultValue = "20000",
            description = "Posts inserted one by one for the naive baseline (default: ${DEFAULT-VALUE}; 0 skips it).")
    int naivePosts;

    @Option(
            names = "--threads",
            description = "Threads parsing and computing metrics in stage (a), one part each "
                    + "(default: the number of cores).")
    Integer threads;

    @Option(
            names = "--e2e-parts",
            defaultValue = "0",
            description = "Store only the first N parts end to end (default: all; for a quick look at a slow store).")
    int e2eParts;

    @Option(names = "--skip-store", description = "Measure parsing + metrics only (no store, no naive baseline).")
    boolean skipStore;

    @Option(
            names = "--db",
            description = "Also end to end into PostgreSQL: a JDBC URL (jdbc:postgresql://HOST:PORT/DB?user=U); the run"
                    + " uses a fresh schema of that database and drops it afterwards.")
    String postgres;

    @Option(
            names = "--retained-heap",
            description =
                    "After each part end to end (outside the timed stages) run a full collection and print the"
                            + " heap still in use: what an import keeps between parts, to show it does not grow with the input.")
    boolean retainedHeap;

    @Option(
            names = "--work",
            description = "Folder for the generated files and the temporary home "
                    + "(default: a new temporary folder, deleted afterwards).")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (creators < 1 || posts < 1) {
            throw new IllegalArgumentException("--creators and --posts must be at least 1");
        }
        new IngestBench(
                        creators,
                        posts,
                        seed,
                        partSize,
                        skipStore ? -1 : naivePosts,
                        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads),
                        e2eParts,
                        work,
                        System.out)
                .alsoInto(postgres)
                .measuringRetainedHeap(retainedHeap)
                .run();
        return 0;
    }
}
