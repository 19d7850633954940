package io.microscout.bench.ingest;

import io.microscout.catalog.CatalogEntry;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.generator.CatalogFiles;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRead;
import io.microscout.importer.SourceReader;
import io.microscout.metrics.MetricsCalculator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's unit of work: one part folder of a generated catalog, read through the real CSV reader. */
final class CatalogParts {
    private CatalogParts() {}

    /** Creators, posts and snapshots of one part, each file read as the import reads it. */
    static List<CatalogBatch> read(SourceReader reader, Path part, ImportOptions options) throws IOException {
        List<CatalogBatch> batches = new ArrayList<>(3);
        for (String file : List.of(CatalogFiles.CREATORS, CatalogFiles.POSTS, CatalogFiles.SNAPSHOTS)) {
            batches.add(readOne(reader, part.resolve(file), options));
        }
        return batches;
    }

    static CatalogBatch readOne(SourceReader reader, Path file, ImportOptions options) throws IOException {
        ImportRead read = reader.read(file, options, AccountLookup.none());
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("the CSV reader reported problems in generated data: "
                    + read.problems().subList(0, Math.min(3, read.problems().size())));
        }
        return read.batch();
    }

    static long posts(List<CatalogBatch> batches) {
        long n = 0;
        for (CatalogBatch b : batches) {
            n += b.posts().size();
        }
        return n;
    }

    /** Metrics of every creator in the batches, from the posts and snapshots in them. */
    static List<CatalogEntry> metrics(List<CatalogBatch> batches, MetricsCalculator calculator, Instant now) {
        Map<CreatorKey, List<Post>> posts = new HashMap<>();
        Map<CreatorKey, List<FollowerSnapshot>> snapshots = new HashMap<>();
        List<Creator> creators = new ArrayList<>();
        for (CatalogBatch b : batches) {
            creators.addAll(b.creators());
            for (Post p : b.posts()) {
                posts.computeIfAbsent(p.creator(), k -> new ArrayList<>(32)).add(p);
            }
            for (FollowerSnapshot s : b.snapshots()) {
                snapshots.computeIfAbsent(s.creator(), k -> new ArrayList<>(32)).add(s);
            }
        }
        List<CatalogEntry> entries = new ArrayList<>(creators.size());
        for (Creator c : creators) {
            entries.add(new CatalogEntry(
                    c,
                    calculator.compute(
                            c,
                            posts.getOrDefault(c.key(), List.of()),
                            snapshots.getOrDefault(c.key(), List.of()),
                            now)));
        }
        return entries;
    }
}
