package io.microscout.bench.ingest;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Post;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.ChunkedCatalogFiles;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.SourceReader;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.store.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The ingest benchmark: generates a catalog in parts, then measures, on the same files and in one run,
 * reading the lines alone (the floor), parsing + metrics, end to end into SQLite (and PostgreSQL), bare JDBC
 * batches of the same rows into the same schema (the store's ceiling) and one-row-at-a-time inserts.
 */
final class IngestBench {
    private final int creators;
    private final int posts;
    private final long seed;
    private final int partSize;
    private final int naivePosts;
    private final int threads;
    private final int e2eParts;
    private final Path work;
    private final PrintStream out;
    private String postgresUrl;
    private boolean retainedHeap;

    IngestBench(
            int creators,
            int posts,
            long seed,
            int partSize,
            int naivePosts,
            int threads,
            int e2eParts,
            Path work,
            PrintStream out) {
        this.creators = creators;
        this.posts = posts;
        this.seed = seed;
        this.partSize = partSize;
        this.naivePosts = naivePosts;
        this.threads = threads;
        this.e2eParts = e2eParts;
        this.work = work;
        this.out = out;
    }

    /** Also end to end into PostgreSQL, in a fresh schema of the database at this JDBC URL (dropped afterwards). */
    IngestBench alsoInto(String postgresUrl) {
        this.postgresUrl = postgresUrl;
        return this;
    }

    /** After each part end to end, a full collection and the heap still in use (outside the timed stages). */
    IngestBench measuringRetainedHeap(boolean on) {
        this.retainedHeap = on;
        return this;
    }

    void run() throws Exception {
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("microscout-bench-");
        try {
            out.printf(
                    "bench ingest: %,d creators x %d posts, seed %d; %d cores, load average %.1f, max heap %,d MB, Java %s%n%n",
                    creators,
                    posts,
                    seed,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            GeneratorSettings settings = GeneratorSettings.of(creators, seed)
                    .withPosts(posts)
                    .withFollowerSample(0)
                    .withCommentsPerPost(0);
            Stopwatch clock = new Stopwatch();
            List<Path> parts;
            long total;
            try (ChunkedCatalogFiles files = new ChunkedCatalogFiles(root.resolve("input"), partSize)) {
                new CatalogGenerator(settings).generate(files);
                parts = files.parts();
                total = files.postsWritten();
            }
            long generate = clock.lap();
            out.printf(
                    "input: %,d posts in %d parts of %,d creators, generated in %.1f s (%s posts/s; not part of ingest)%n%n",
                    total, parts.size(), partSize, Stopwatch.seconds(generate), Stopwatch.rate(total, generate));

            Times floor = new Times();
            long lines = readLines(parts);
            floor.add(clock);
            row("baseline: read the posts files line by line (the floor)", lines, floor, "");

            SourceReader reader = SourceReaders.forFormat("csv");
            ImportOptions options = new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, settings.asOf());
            MetricsCalculator calculator = new MetricsCalculator(MetricsWindow.defaults());
            Times parse = new Times();
            Times metrics = new Times();
            long counted = 0;
            String heapA;
            Times a = new Times();
            try (HeapWatch heap = new HeapWatch()) {
                clock.lap();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<PartResult>> results = new ArrayList<>();
                    for (Path part : parts) {
                        results.add(pool.submit(() -> parseAndMeasure(part, options, calculator, settings)));
                    }
                    for (Future<PartResult> r : results) {
                        PartResult done = r.get();
                        counted += done.posts;
                        parse.wall += done.parse.wall;
                        parse.cpu += done.parse.cpu;
                        metrics.wall += done.metrics.wall;
                        metrics.cpu += done.metrics.cpu;
                    }
                } finally {
                    pool.shutdown();
                }
                a.add(clock);
                a.cpu = parse.cpu + metrics.cpu;
                heapA = heap.describe();
            }
            row(
                    "(a) parsing + metrics, " + threads + " thread(s)",
                    counted,
                    a,
                    "[cpu: " + cpuShare("parse", parse, a) + ", " + cpuShare("metrics", metrics, a) + "]");
            row("    parsing alone (summed over threads)", counted, parse, "");
            row("    metrics alone (summed over threads)", counted, metrics, "");
            out.println("    " + heapA);
            if (naivePosts < 0) {
                summary(counted, 0, null, a);
                return;
            }

            List<Path> stored = e2eParts > 0 && e2eParts < parts.size() ? parts.subList(0, e2eParts) : parts;
            Path home = root.resolve("home");
            EndToEnd sqlite = EndToEnd.run(
                    StoreLocation.sqlite(home), stored, reader, options, settings.asOf(), naivePosts, retainedHeap);
            report("SQLite", sqlite, stored.size(), parts.size());
            out.printf("    SQLite database %,d MB%n", size(home) >> 20);
            EngineCeiling ceiling = EngineCeiling.run(root.resolve("home-ceiling"), stored, reader, options);
            row("baseline: bare JDBC batches, same schema (the ceiling)", ceiling.posts, ceiling.store, "");
            double ceilingRate = ceiling.posts / Stopwatch.seconds(ceiling.store.wall);
            out.printf(
                    "    the catalog's store runs at %.2fx the ceiling's rate (wall), %.2fx (thread-CPU)%n",
                    (sqlite.posts / Stopwatch.seconds(sqlite.store.wall)) / ceilingRate,
                    (sqlite.posts / Stopwatch.seconds(sqlite.store.cpu))
                            / (ceiling.posts / Stopwatch.seconds(ceiling.store.cpu)));
            out.printf(
                    "    the ceiling alone, before any parsing, is %s the 50,000 posts/s goal on this machine%n",
                    ceilingRate >= 50_000 ? "above" : "below");
            EndToEnd postgres = null;
            if (postgresUrl != null) {
                try (PostgresSchema schema = PostgresSchema.fresh(postgresUrl)) {
                    postgres = EndToEnd.run(
                            StoreLocation.resolve(schema.url(), home.resolveSibling("home-pg")),
                            stored,
                            reader,
                            options,
                            settings.asOf(),
                            0,
                            retainedHeap);
                }
                report("PostgreSQL", postgres, stored.size(), parts.size());
            }
            List<Post> naiveInput = sqlite.firstPosts;
            long countedB = sqlite.posts;
            Times store = sqlite.store;
            Times b = sqlite.total();
            if (!naiveInput.isEmpty()) {
                Times naive = new Times();
                clock.lap();
                NaiveInserts.insert(root, naiveInput);
                naive.add(clock);
                row(
                        "baseline: one INSERT per post, auto-commit (first " + String.format("%,d", naiveInput.size())
                                + ")",
                        naiveInput.size(),
                        naive,
                        "");
                out.printf(
                        "    the catalog's store runs at %.2fx the naive inserts' rate (wall)%n",
                        (countedB / Stopwatch.seconds(store.wall))
                                / (naiveInput.size() / Stopwatch.seconds(naive.wall)));
            }
            summary(counted, countedB, b, a);
            if (postgres != null) {
                out.println("goal end to end into PostgreSQL >= 50,000 posts/s: "
                        + verdict(postgres.posts, postgres.total(), 50_000));
            }
        } finally {
            if (work == null) {
                delete(root);
            }
        }
    }

    private void report(String store, EndToEnd r, int stored, int parts) {
        Times b = r.total();
        row(
                "(b) end to end into " + store + " (import rounds, " + stored + " of " + parts + " parts)",
                r.posts,
                b,
                "[" + r.parse.share("parse", b) + ", " + r.store.share("store", b) + ", "
                        + r.measure.share("metrics+authenticity", b) + "]");
        row("    storing alone (one transaction per file)", r.posts, r.store, "");
        row("    finishing the rounds (metrics, authenticity, marks)", r.posts, r.measure, "");
        out.println("    " + r.heap);
        if (!r.retained.isEmpty()) {
            out.printf(
                    "    heap in use after a full GC between parts: first %,d MB, largest %,d MB, last %,d MB (%d parts)%n",
                    r.retained.get(0) >> 20,
                    r.retained.stream().mapToLong(Long::longValue).max().orElse(0) >> 20,
                    r.retained.get(r.retained.size() - 1) >> 20,
                    r.retained.size());
        }
    }

    private static final class PartResult {
        final Times parse = new Times();
        final Times metrics = new Times();
        long posts;
    }

    private static PartResult parseAndMeasure(
            Path part, ImportOptions options, MetricsCalculator calculator, GeneratorSettings settings)
            throws IOException {
        PartResult r = new PartResult();
        Stopwatch clock = new Stopwatch();
        List<CatalogBatch> batches = CatalogParts.read(SourceReaders.forFormat("csv"), part, options);
        r.posts = CatalogParts.posts(batches);
        r.parse.add(clock);
        CatalogParts.metrics(batches, calculator, settings.asOf());
        r.metrics.add(clock);
        return r;
    }

    private static String cpuShare(String name, Times part, Times total) {
        return String.format("%s %.0f%%", name, total.cpu == 0 ? 0.0 : 100.0 * part.cpu / total.cpu);
    }

    private void row(String what, long items, Times t, String detail) {
        out.printf(
                "%-58s %,10d posts %8.2f s %10s posts/s | cpu %7.2f s %10s posts/cpu-s  %s%n",
                what,
                items,
                Stopwatch.seconds(t.wall),
                Stopwatch.rate(items, t.wall),
                Stopwatch.seconds(t.cpu),
                Stopwatch.rate(items, t.cpu),
                detail);
    }

    private void summary(long posts, long postsStored, Times endToEnd, Times parseAndMetrics) {
        out.println();
        if (endToEnd != null) {
            out.println("goal end to end >= 50,000 posts/s: " + verdict(postsStored, endToEnd, 50_000));
        }
        out.println("goal parsing + metrics >= 200,000 posts/s: " + verdict(posts, parseAndMetrics, 200_000));
    }

    private static String verdict(long items, Times t, double goal) {
        double wall = items / Stopwatch.seconds(t.wall);
        double cpu = t.cpu == 0 ? 0 : items / Stopwatch.seconds(t.cpu);
        return String.format(
                "%,.0f posts/s wall (%s), %,.0f posts per thread-CPU second (%s)",
                wall, wall >= goal ? "met" : "NOT met", cpu, cpu >= goal ? "met" : "NOT met");
    }

    private static long readLines(List<Path> parts) throws IOException {
        long lines = 0;
        for (Path part : parts) {
            try (BufferedReader in =
                    Files.newBufferedReader(part.resolve(CatalogFiles.POSTS), StandardCharsets.UTF_8)) {
                in.readLine();
                while (in.readLine() != null) {
                    lines++;
                }
            }
        }
        return lines;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
