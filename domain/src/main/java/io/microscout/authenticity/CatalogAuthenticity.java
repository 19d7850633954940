package io.microscout.authenticity;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps creators' stored authenticity in step with the catalog: scores them from their stored profile, posts,
 * snapshots, latest follower sample and comments, and saves the result ({@link AuthenticityRecords}). Reads
 * are per 1,000 creators, never per creator; creators new in a batch that holds all their posts and snapshots
 * are scored from the batch alone (they cannot have a sample or comments yet: those need the creator stored).
 */
public final class CatalogAuthenticity {
    private static final int CHUNK = 1_000;

    private final CreatorCatalog catalog;
    private final AudienceSamples samples;
    private final PostComments comments;
    private final AuthenticityRecords records;
    private final AuthenticityScorer scorer;
    private final Clock clock;

    public CatalogAuthenticity(
            CreatorCatalog catalog,
            AudienceSamples samples,
            PostComments comments,
            AuthenticityRecords records,
            AuthenticityScorer scorer,
            Clock clock) {
        this.catalog = catalog;
        this.samples = samples;
        this.comments = comments;
        this.records = records;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** The creator's authenticity with its full explanation, from what is stored now (nothing is written). */
    public Optional<AuthenticityScore> score(CreatorKey key) {
        return catalog.creator(key)
                .map(c -> scorer.score(new AuthenticityInput(
                        c,
                        catalog.posts(key),
                        catalog.snapshots(key),
                        catalog.metrics(key).orElse(null),
                        samples.latest(key).orElse(null),
                        comments.of(key),
                        clock.instant())));
    }

    /**
     * Rescores and saves the creators of these freshly measured entries. {@code wholeBatch} is the stored batch
     * when it brought these creators new with all their posts and snapshots, else null (then they are read).
     */
    public List<StoredAuthenticity> rescore(Collection<CatalogEntry> entries, CatalogBatch wholeBatch) {
        if (wholeBatch == null) {
            return rescore(entries.stream().map(e -> e.creator().key()).toList());
        }
        Map<CreatorKey, List<Post>> posts = new HashMap<>();
        wholeBatch
                .posts()
                .forEach(p -> posts.computeIfAbsent(p.creator(), k -> new ArrayList<>())
                        .add(p));
        Map<CreatorKey, List<FollowerSnapshot>> snapshots = new HashMap<>();
        wholeBatch
                .snapshots()
                .forEach(s -> snapshots
                        .computeIfAbsent(s.creator(), k -> new ArrayList<>())
                        .add(s));
        Instant now = clock.instant();
        List<StoredAuthenticity> scored = new ArrayList<>(entries.size());
        for (CatalogEntry e : entries) {
            CreatorKey k = e.creator().key();
            scored.add(StoredAuthenticity.of(
                    k,
                    scorer.score(new AuthenticityInput(
                            e.creator(),
                            posts.getOrDefault(k, List.of()),
                            snapshots.getOrDefault(k, List.of()),
                            e.metrics(),
                            null,
                            List.of(),
                            now)),
                    now));
        }
        records.save(scored);
        return scored;
    }

    /** Rescores and saves these creators from everything the catalog holds about them. */
    public List<StoredAuthenticity> rescore(Collection<CreatorKey> keys) {
        List<CreatorKey> list = List.copyOf(new java.util.LinkedHashSet<>(keys));
        List<StoredAuthenticity> all = new ArrayList<>();
        Instant now = clock.instant();
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<CreatorKey> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            Map<CreatorKey, List<Post>> posts = catalog.postsOf(chunk);
            Map<CreatorKey, List<FollowerSnapshot>> snapshots = catalog.snapshotsOf(chunk);
            Map<CreatorKey, FollowerSample> sampled = samples.latestOf(chunk);
            Map<CreatorKey, List<CommentSample>> commented = comments.ofAll(chunk);
            Map<CreatorKey, Creator> creators = catalog.creatorsOf(chunk);
            List<StoredAuthenticity> scored = new ArrayList<>();
            for (CreatorKey k : chunk) {
                Creator c = creators.get(k);
                if (c != null) {
                    scored.add(StoredAuthenticity.of(
                            k,
                            scorer.score(new AuthenticityInput(
                                    c,
                                    posts.getOrDefault(k, List.of()),
                                    snapshots.getOrDefault(k, List.of()),
                                    null,
                                    sampled.get(k),
                                    commented.getOrDefault(k, List.of()),
                                    now)),
                            now));
                }
            }
            records.save(scored);
            all.addAll(scored);
        }
        return all;
    }
}
