package io.microscout.importer.csv;

import io.microscout.creator.Platform;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/**
 * Throwaway benchmark of the CSV posts parser (not a test): writes a posts file of N rows in MicroScout's
 * columns and prints posts parsed per second over a few runs: by wall clock, and per CPU-second of the
 * parsing thread (the figure that does not depend on what else the machine runs), with the GC time.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) io.microscout.importer.csv.CsvPostsParsingBenchmark 1000000
 * </pre>
 */
public final class CsvPostsParsingBenchmark {
    private static final String[] WORDS = {
        "sourdough",
        "crumb",
        "morning",
        "flour",
        "bake",
        "oven",
        "rye",
        "proof",
        "starter",
        "loaf",
        "recipe",
        "weekend",
        "kitchen",
        "butter",
        "slice",
        "golden",
        "crust",
        "easy",
        "today"
    };
    private static final String[] FORMATS = {"photo", "carousel", "reel", "video", "story"};

    private CsvPostsParsingBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("posts-bench", ".csv");
        try {
            long bytes = write(file, rows);
            System.out.printf("file: %,d rows, %,d MB%n", rows, bytes >> 20);
            CsvSourceReader reader = new CsvSourceReader();
            ImportOptions options =
                    new ImportOptions(Map.of(), StandardCharsets.UTF_8, Platform.INSTAGRAM, false, Instant.now());
            for (int run = 1; run <= 3; run++) {
                measure(
                        "whole file in one batch",
                        run,
                        () -> reader.read(file, options, AccountLookup.none())
                                .batch()
                                .posts()
                                .size());
            }
            for (int run = 1; run <= 3; run++) {
                measure("streamed in chunks of 10,000", run, () -> {
                    long[] posts = {0};
                    reader.read(
                            file,
                            options,
                            AccountLookup.none(),
                            10_000,
                            chunk -> posts[0] += chunk.posts().size());
                    return posts[0];
                });
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Run {
        long posts() throws IOException;
    }

    private static void measure(String mode, int run, Run body) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long posts = body.posts();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                "%s, run %d: %,d posts in %.2f s wall = %,.0f posts/s; parsing thread CPU %.2f s = %,.0f posts"
                        + " per CPU-second; GC %.2f s%n",
                mode,
                run,
                posts,
                seconds,
                posts / seconds,
                cpuSeconds,
                posts / cpuSeconds,
                (gcMillis() - gcBefore) / 1e3);
        System.gc();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** 30 posts per creator, captions of 8-20 words with 0-4 hashtags, a mention in one of three, #ad in one of twenty. */
    private static long write(Path file, int rows) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "platform,handle,post_id,published_at,format,caption,likes,comments,views,shares,saves,sponsored,url\n");
            long t = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
            StringBuilder caption = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                int creator = i / 30;
                caption.setLength(0);
                int words = 8 + random.nextInt(13);
                for (int k = 0; k < words; k++) {
                    caption.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                for (int k = random.nextInt(5); k > 0; k--) {
                    caption.append('#')
                            .append(WORDS[random.nextInt(WORDS.length)])
                            .append(' ');
                }
                if (random.nextInt(3) == 0) {
                    caption.append("with @friend").append(random.nextInt(1000)).append(' ');
                }
                if (random.nextInt(20) == 0) {
                    caption.append("#ad");
                }
                boolean video = random.nextInt(3) == 0;
                w.write("instagram,creator" + creator + ",p" + i + ","
                        + Instant.ofEpochSecond(t + (long) i * 600) + ","
                        + FORMATS[random.nextInt(FORMATS.length)] + ",\"" + caption + "\","
                        + random.nextInt(50_000) + "," + random.nextInt(2_000) + ","
                        + (video ? String.valueOf(random.nextInt(500_000)) : "") + ","
                        + random.nextInt(300) + "," + random.nextInt(500) + ",,"
                        + "https://www.instagram.com/p/p" + i + "/\n");
            }
        }
        return Files.size(file);
    }
}
