package io.microscout.bench.ingest;

import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Post;
import io.microscout.generator.CatalogFiles;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRound;
import io.microscout.importer.SourceReader;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage (b) of the ingest benchmark on one store: each part's three files read by the CSV reader, stored one
 * transaction each in an import round, then the round finished (metrics, authenticity, fresh marks) as
 * {@code import} does, with the search index suspended (embedding is {@code bench embed}'s subject).
 */
final class EndToEnd {
    final Times parse = new Times();
    final Times store = new Times();
    final Times measure = new Times();
    final List<Post> firstPosts = new ArrayList<>();
    /** Heap in use after a full collection at the end of each part, when asked for (bytes). */
    final List<Long> retained = new ArrayList<>();

    long posts;
    String heap;

    /** Imports {@code parts} into the store at {@code location}; keeps up to {@code keepPosts} posts for the naive baseline. */
    static EndToEnd run(
            StoreLocation location,
            List<Path> parts,
            SourceReader reader,
            ImportOptions options,
            Instant asOf,
            int keepPosts,
            boolean retainedHeap)
            throws IOException {
        EndToEnd r = new EndToEnd();
        Stopwatch clock = new Stopwatch();
        try (MicroScout app = MicroScout.open(location, Settings.defaults(), Clock.fixed(asOf, ZoneOffset.UTC));
                HeapWatch heap = new HeapWatch()) {
            app.search().indexer().suspend();
            clock.lap();
            for (Path part : parts) {
                ImportRound round = app.imports().round();
                for (String file : List.of(CatalogFiles.CREATORS, CatalogFiles.POSTS, CatalogFiles.SNAPSHOTS)) {
                    CatalogBatch batch = CatalogParts.readOne(reader, part.resolve(file), options);
                    r.posts += batch.posts().size();
                    r.parse.add(clock);
                    if (r.firstPosts.size() < keepPosts) {
                        r.firstPosts.addAll(batch.posts()
                                .subList(0, Math.min(batch.posts().size(), keepPosts - r.firstPosts.size())));
                    }
                    clock.lap();
                    round.store(batch);
                    r.store.add(clock);
                }
                round.finish();
                r.measure.add(clock);
                if (retainedHeap) {
                    System.gc(); // a full collection with G1: what is left is what the import still holds
                    r.retained.add(heapInUse());
                    clock.lap(); // not part of any timed stage
                }
            }
            r.heap = heap.describe();
        }
        return r;
    }

    private static long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    Times total() {
        return Times.sum(parse, store, measure);
    }
}
