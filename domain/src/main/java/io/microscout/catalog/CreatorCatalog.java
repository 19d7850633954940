package io.microscout.catalog;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import io.microscout.metrics.CreatorMetrics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The catalog of creators, their posts and follower history: MicroScout's system of record.
 * Implementations: embedded SQLite (default), H2 and PostgreSQL.
 */
public interface CreatorCatalog {

    /**
     * Stores a batch in one transaction: upserts creators by platform + handle and posts by platform +
     * post id; adds snapshots not yet recorded. Storing the same batch twice changes nothing.
     * On any failure nothing of the batch is stored.
     */
    StoreSummary store(CatalogBatch batch);

    Optional<Creator> creator(CreatorKey key);

    /** The account with this platform id (Instagram user id, YouTube channel id), if stored. */
    Optional<CreatorKey> findByPlatformId(Platform platform, String platformId);

    /** The creator's posts, newest first. */
    List<Post> posts(CreatorKey key);

    /** The creator's follower history, oldest first. */
    List<FollowerSnapshot> snapshots(CreatorKey key);

    /** Many creators at once, by key (keys not stored are left out). */
    default Map<CreatorKey, Creator> creatorsOf(Collection<CreatorKey> keys) {
        Map<CreatorKey, Creator> all = new HashMap<>();
        for (CreatorKey k : keys) {
            creator(k).ifPresent(c -> all.put(k, c));
        }
        return all;
    }

    /** The posts of many creators at once, each list newest first (creators without posts are left out). */
    default Map<CreatorKey, List<Post>> postsOf(Collection<CreatorKey> keys) {
        return eachOf(keys, this::posts);
    }

    /** The follower history of many creators at once, each oldest first (creators without any are left out). */
    default Map<CreatorKey, List<FollowerSnapshot>> snapshotsOf(Collection<CreatorKey> keys) {
        return eachOf(keys, this::snapshots);
    }

    private static <T> Map<CreatorKey, List<T>> eachOf(
            Collection<CreatorKey> keys, Function<CreatorKey, List<T>> read) {
        Map<CreatorKey, List<T>> all = new HashMap<>();
        for (CreatorKey k : keys) {
            List<T> found = read.apply(k);
            if (!found.isEmpty()) {
                all.put(k, found);
            }
        }
        return all;
    }

    /**
     * Creators whose metrics and authenticity may lag behind their stored rows: {@link #store} names every
     * creator it changed here in the same transaction, and the import calls {@link #markFresh} once their
     * metrics and authenticity are saved. Any left over were changed by an import that stopped in between.
     */
    java.util.Set<CreatorKey> staleCreators();

    /**
     * The newest stale mark committed so far. Whoever brings creators up to date reads it before reading their
     * rows and passes it to {@link #markFresh} or {@link #markIndexed}: a mark made after it (another import
     * changing the same creator meanwhile) survives, for the next repair.
     */
    long staleMarkPoint();

    /** The metrics and authenticity of these creators are saved as of {@code upTo} ({@link #staleMarkPoint}). */
    void markFresh(Collection<CreatorKey> keys, long upTo);

    /**
     * Creators whose discovery index entry may lag behind their stored rows: {@link #store} names every creator it
     * changed here too, in the same transaction, and the index's keeper calls {@link #markIndexed} once their
     * documents are committed. Any left over were changed by an import that stopped before (or with --no-index).
     */
    java.util.Set<CreatorKey> unindexedCreators();

    /** The index holds these creators' documents as the catalog had them at {@code upTo} ({@link #staleMarkPoint}). */
    void markIndexed(Collection<CreatorKey> keys, long upTo);

    /** Replaces the stored metrics of these creators. */
    void saveMetrics(Collection<CatalogEntry> entries);

    /** Creators with their metrics matching the filter, largest audience first. */
    List<CatalogEntry> find(CreatorFilter filter);

    long countCreators();

    /** How many creators match the filter, its limit and offset aside: a count, nothing loaded. */
    long count(CreatorFilter filter);

    long countPosts();

    /** Visits every creator with its metrics, in key order, without holding them all in memory. */
    void forEachEntry(Consumer<CatalogEntry> visitor);

    /** Stored metrics of one creator, if computed. */
    Optional<CreatorMetrics> metrics(CreatorKey key);

    /** Stored metrics of many creators at once (creators without any are left out). */
    default Map<CreatorKey, CreatorMetrics> metricsOf(Collection<CreatorKey> keys) {
        Map<CreatorKey, CreatorMetrics> all = new HashMap<>();
        for (CreatorKey k : keys) {
            metrics(k).ifPresent(m -> all.put(k, m));
        }
        return all;
    }
}
