package io.microscout.store;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.creator.StoreSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away measurement of the store alone (not a test): N creators x P posts into a fresh SQLite, in batches
 * of 1,000 creators, then the same data again (all unchanged). Prints posts per second. With a third argument
 * {@code metrics} the batches go through ImportService.store (store, then metrics computed and saved).
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) io.microscout.store.StoreThroughput 100000 30 [metrics]
 */
public final class StoreThroughput {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int creators = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean withMetrics = args.length > 2 && args[2].equals("metrics");
        int perBatch = 1_000;
        Path home = Files.createTempDirectory("microscout-throughput");
        try (io.microscout.app.MicroScout app = io.microscout.app.MicroScout.open(StoreLocation.sqlite(home),
                io.microscout.app.Settings.defaults(), java.time.Clock.systemUTC())) {
            CatalogStore store = app.store();
            for (int round = 1; round <= 2; round++) {
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                StoreSummary total = StoreSummary.empty();
                for (int from = 0; from < creators; from += perBatch) {
                    CatalogBatch b = batch(from, Math.min(creators, from + perBatch), posts);
                    total = total.plus(withMetrics ? app.imports().store(b) : store.catalog().store(b));
                }
                double s = (System.nanoTime() - start) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.printf("round %d: %d creators, %d posts in %.1f s = %.0f posts/s (main thread CPU %.1f s ="
                        + " %.0f posts per CPU-second); %s%n", round, creators, (long) creators * posts, s,
                        creators * (double) posts / s, cpu, creators * (double) posts / cpu, total);
            }
            long start = System.nanoTime();
            List<CreatorKey> keys = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                keys.add(CreatorKey.of(io.microscout.creator.Platform.INSTAGRAM, "creator" + i));
            }
            int read = store.catalog().postsOf(keys).values().stream().mapToInt(List::size).sum();
            System.out.printf("postsOf 1000 creators: %d posts in %.0f ms%n", read, (System.nanoTime() - start) / 1e6);
        }
    }

    static CatalogBatch batch(int from, int to, int posts) {
        Instant now = Instant.parse("2026-05-01T12:00:00Z");
        List<Creator> cs = new ArrayList<>();
        List<Post> ps = new ArrayList<>();
        List<FollowerSnapshot> ss = new ArrayList<>();
        for (int i = from; i < to; i++) {
            CreatorKey key = CreatorKey.of(io.microscout.creator.Platform.INSTAGRAM, "creator" + i);
            long followers = 1_000 + (i * 7919L) % 200_000;
            cs.add(Creator.builder(key).displayName("Creator " + i).biography("Vegan recipes and running, number " + i)
                    .followers(followers).following(300L).mediaCount(400L).countryCode("DE").languageCode("de")
                    .observedAt(now).build());
            ss.add(new FollowerSnapshot(key, now, followers, 300L, 400L));
            for (int p = 0; p < posts; p++) {
                ps.add(new Post(key, i + "_" + p, now.minusSeconds(86_400L * (p + 2)), PostFormat.PHOTO,
                        "Morning run number " + p + " #running #vegan with @friend", List.of("running", "vegan"),
                        List.of("friend"), followers / 50 + p, followers / 1000 + 1, null, null, null, p % 10 == 0,
                        "https://instagram.com/p/" + i + "_" + p));
            }
        }
        return new CatalogBatch("throughput", cs, ps, ss);
    }
}
