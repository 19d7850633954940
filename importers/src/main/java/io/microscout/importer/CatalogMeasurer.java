package io.microscout.importer;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import io.microscout.metrics.MetricsCalculator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps stored metrics in step with the catalog: recomputes the {@link io.microscout.metrics.CreatorMetrics}
 * of creators over their stored posts and snapshots and saves them. When a batch brought only new creators
 * with all their posts (a first import, a generated catalog) their stored posts are exactly the batch's, so
 * nothing is read back.
 */
public final class CatalogMeasurer {
    private static final int CHUNK = 1_000;

    private final CreatorCatalog catalog;
    private final MetricsCalculator calculator;
    private final Clock clock;

    public CatalogMeasurer(CreatorCatalog catalog, MetricsCalculator calculator, Clock clock) {
        this.catalog = catalog;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** Recomputes and saves the metrics of every creator the stored batch names; returns them. */
    public List<CatalogEntry> remeasure(CatalogBatch batch, StoreSummary summary) {
        if (holdsAllOf(batch, summary)) {
            return fromBatch(batch);
        }
        return remeasure(batch.namedCreators());
    }

    /**
     * Whether the stored batch brought only new creators with all their posts and snapshots: then what the
     * catalog holds of them is exactly the batch, and nothing needs to be read back.
     */
    public static boolean holdsAllOf(CatalogBatch batch, StoreSummary summary) {
        Set<CreatorKey> named = new LinkedHashSet<>();
        batch.creators().forEach(c -> named.add(c.key()));
        boolean onlyNewCreators = summary.creatorsAdded() == named.size()
                && summary.postsAdded() == batch.posts().size()
                && summary.snapshotsAdded() == batch.snapshots().size();
        return onlyNewCreators
                && batch.posts().stream().allMatch(p -> named.contains(p.creator()))
                && batch.snapshots().stream().allMatch(s -> named.contains(s.creator()));
    }

    /** Recomputes and saves the metrics of these creators from what the catalog holds. */
    public List<CatalogEntry> remeasure(Collection<CreatorKey> keys) {
        List<CatalogEntry> all = new ArrayList<>();
        List<CreatorKey> list = new ArrayList<>(keys);
        Instant now = clock.instant();
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<CreatorKey> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            Map<CreatorKey, List<Post>> posts = catalog.postsOf(chunk);
            Map<CreatorKey, List<FollowerSnapshot>> snapshots = catalog.snapshotsOf(chunk);
            Map<CreatorKey, Creator> creators = catalog.creatorsOf(chunk);
            List<CatalogEntry> entries = new ArrayList<>();
            for (CreatorKey k : chunk) {
                Creator c = creators.get(k);
                if (c != null) {
                    entries.add(new CatalogEntry(
                            c,
                            calculator.compute(
                                    c, posts.getOrDefault(k, List.of()), snapshots.getOrDefault(k, List.of()), now)));
                }
            }
            catalog.saveMetrics(entries);
            all.addAll(entries);
        }
        return all;
    }

    private List<CatalogEntry> fromBatch(CatalogBatch batch) {
        Instant now = clock.instant();
        Map<CreatorKey, Creator> creators = new LinkedHashMap<>();
        batch.creators().forEach(c -> creators.put(c.key(), c));
        Map<CreatorKey, List<Post>> posts = new LinkedHashMap<>();
        batch.posts()
                .forEach(p -> posts.computeIfAbsent(p.creator(), k -> new ArrayList<>())
                        .add(p));
        Map<CreatorKey, List<FollowerSnapshot>> snapshots = new LinkedHashMap<>();
        batch.snapshots()
                .forEach(s -> snapshots
                        .computeIfAbsent(s.creator(), k -> new ArrayList<>())
                        .add(s));
        List<CatalogEntry> entries = new ArrayList<>(creators.size());
        for (Creator c : creators.values()) {
            entries.add(new CatalogEntry(
                    c,
                    calculator.compute(
                            c,
                            posts.getOrDefault(c.key(), List.of()),
                            snapshots.getOrDefault(c.key(), List.of()),
                            now)));
        }
        catalog.saveMetrics(entries);
        return entries;
    }
}
