package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that dies right after its commit, before the search index hears of it (issue 11): the next command
 * that opens the index re-indexes the creators the store marked in the import's own transaction, and the index
 * then holds the same documents as one kept up by a clean import (the same creators match the same words, with
 * the same vectors).
 */
abstract class IndexCrashRecoveryContract {
    private static final String WORDS = "sourdough masterclass vegan baking";
    private static final HashingTextEmbedder EMBEDDER = new HashingTextEmbedder(128);
    private static final CreatorKey NEWCOMER = CreatorKey.parse("instagram:newcomer.bakes");

    @TempDir
    Path dir;

    abstract StoreLocation location(Path home);

    @Test
    void creatorsAnInterruptedImportLeftOutOfTheIndexAreIndexedByTheNextCommandLikeACleanImport() throws Exception {
        Path generated = generated();
        StoreLocation clean = location(dir.resolve("clean"));
        StoreLocation crashed = location(dir.resolve("crashed"));
        CreatorKey changed;
        try (MicroScout app = open(clean)) {
            GeneratedCatalog.importInto(app, generated, ImportOptions.defaults());
            changed = firstCreator(app);
            app.imports().store(batch(changed));
            assertThat(app.catalog().unindexedCreators()).isEmpty();
        }
        try (MicroScout app = open(crashed)) {
            GeneratedCatalog.importInto(app, generated, ImportOptions.defaults());
            app.catalog().store(batch(changed)); // committed; the process "dies" before metrics and index
            assertThat(app.catalog().unindexedCreators()).containsExactlyInAnyOrder(changed, NEWCOMER);
            assertThat(app.search().index().size()).isEqualTo(40);
            assertThat(keywordMatches(app)).doesNotContain(NEWCOMER, changed);
        }

        try (MicroScout app = open(crashed)) {
            assertThat(app.search().index().size()).isEqualTo(41);
            assertThat(app.catalog().unindexedCreators()).isEmpty();
            List<IndexHit> repaired = hits(app);
            try (MicroScout cleanApp = open(clean)) {
                List<IndexHit> expected = hits(cleanApp);
                assertThat(keywordMatches(app)).contains(NEWCOMER, changed).isEqualTo(keywordMatches(cleanApp));
                assertThat(repaired)
                        .extracting(IndexHit::key)
                        .isEqualTo(expected.stream().map(IndexHit::key).toList());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(repaired.get(i).semanticSimilarity())
                            .as("vector of " + expected.get(i).key())
                            .isCloseTo(expected.get(i).semanticSimilarity(), within(1e-6));
                }
            }
        }
    }

    @Test
    void aProcessThatStaysOpenCatchesUpWithWhatAnotherProcessLeftMarkedAfterItOpened() throws Exception {
        Path generated = generated();
        StoreLocation home = location(dir.resolve("shared"));
        try (MicroScout server = open(home)) {
            GeneratedCatalog.importInto(server, generated, ImportOptions.defaults());
            assertThat(server.search().index().size()).isEqualTo(40);
            CreatorKey changed = firstCreator(server);
            try (MicroScout other = open(home)) {
                other.catalog().store(batch(changed)); // the other process dies before metrics and index
            }
            assertThat(server.catalog().unindexedCreators()).containsExactlyInAnyOrder(changed, NEWCOMER);
            assertThat(keywordMatches(server)).doesNotContain(NEWCOMER, changed);

            assertThat(server.catchUp())
                    .as("creators whose metrics were recomputed")
                    .isEqualTo(2);

            assertThat(server.catalog().unindexedCreators()).isEmpty();
            assertThat(server.search().index().size()).isEqualTo(41);
            assertThat(keywordMatches(server)).contains(NEWCOMER, changed);
            assertThat(server.catalog().staleCreators()).isEmpty();
            assertThat(server.catalog().metrics(NEWCOMER)).isPresent();
        }
    }

    /** 40 generated creators with 6 posts each, written as CSV files. */
    private Path generated() throws Exception {
        Path generated = dir.resolve("generated");
        GeneratedCatalog.write(
                generated,
                GeneratorSettings.of(40, 5).withPosts(6).withFollowerSample(0).withCommentsPerPost(0));
        return generated;
    }

    private static CreatorKey firstCreator(MicroScout app) {
        return app.catalog()
                .find(io.microscout.creator.CreatorFilter.all())
                .get(0)
                .creator()
                .key();
    }

    private static MicroScout open(StoreLocation where) {
        return MicroScout.open(where, Settings.defaults(), Clock.systemUTC(), EMBEDDER);
    }

    /** Every document, by key, with its similarity to the words' vector. */
    private static List<IndexHit> hits(MicroScout app) {
        return app.search().index().search(new IndexQuery(null, EMBEDDER.embed(WORDS), null, 1000)).stream()
                .sorted(Comparator.comparing(h -> h.key().toString()))
                .toList();
    }

    /** The creators whose documents hold any of the words. */
    private static java.util.Set<CreatorKey> keywordMatches(MicroScout app) {
        return app.search().index().search(new IndexQuery(WORDS, null, null, 1000)).stream()
                .filter(h -> h.keywordScore() > 0)
                .map(IndexHit::key)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** A new creator, and a new post for an existing one, both about sourdough. */
    private static CatalogBatch batch(CreatorKey existing) {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(post(NEWCOMER, "nb-" + i, at.minusSeconds(86_400L * (i + 2)), "Vegan sourdough baking day " + i));
        }
        posts.add(post(existing, "sourdough-1", at, "My sourdough masterclass starts now"));
        return new CatalogBatch(
                "crash-test",
                List.of(Creator.builder(NEWCOMER)
                        .followers(12_000L)
                        .biography("Vegan baking and sourdough bread")
                        .build()),
                posts,
                List.of());
    }

    private static Post post(CreatorKey k, String id, Instant at, String caption) {
        return new Post(
                k, id, at, PostFormat.PHOTO, caption, List.of(), List.of(), 400L, 30L, null, null, null, false, null);
    }
}
