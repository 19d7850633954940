package io.microscout.search;

import static io.microscout.search.IndexFixtures.creator;
import static io.microscout.search.IndexFixtures.handles;
import static io.microscout.search.IndexFixtures.keywords;
import static io.microscout.search.IndexFixtures.nearest;
import static io.microscout.search.IndexFixtures.withFollowersAndAuthenticity;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexHit;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCreatorIndexTest {

    private final LuceneCreatorIndex index = LuceneCreatorIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void upsertReplacesTheCreatorsDocument() {
        index.upsert(List.of(creator("anna", "vegan recipes every sunday", new float[] {1, 0, 0})));
        index.upsert(List.of(creator("anna", "speedrun gaming streams", new float[] {0, 1, 0})));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(keywords("vegan", 10))).isEmpty();
        assertThat(handles(index.search(keywords("gaming", 10)))).containsExactly("anna");
        IndexHit hit = index.search(nearest(new float[] {0, 1, 0}, IndexFilter.none(), 10))
                .get(0);
        assertThat(hit.semanticSimilarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void removeTakesTheCreatorOutOfBothRetrievers() {
        index.upsert(List.of(
                creator("anna", "vegan recipes", new float[] {1, 0, 0}),
                creator("ben", "vegan baking", new float[] {0.9f, 0.1f, 0})));
        index.remove(creator("anna", "", null).key());

        assertThat(index.size()).isEqualTo(1);
        assertThat(handles(index.search(new IndexQuery("vegan", new float[] {1, 0, 0}, null, 10))))
                .containsExactly("ben");
    }

    @Test
    void keywordOnlyQueryRanksByBm25AndLeavesSimilarityUnknown() {
        index.upsert(List.of(
                creator("anna", "vegan vegan vegan recipes", new float[] {1, 0, 0}),
                creator("ben", "vegan and also many other words about travel", new float[] {0, 1, 0}),
                creator("cleo", "gaming", new float[] {0, 0, 1})));

        List<IndexHit> hits = index.search(keywords("Vegan", 10));

        assertThat(handles(hits)).containsExactlyInAnyOrder("anna", "ben");
        assertThat(hits).allSatisfy(h -> assertThat(h.semanticSimilarity()).isNull());
        IndexHit anna = hit(hits, "anna");
        IndexHit ben = hit(hits, "ben");
        assertThat(anna.keywordScore()).isGreaterThan(ben.keywordScore()).isGreaterThan(0);
    }

    @Test
    void vectorOnlyQueryReturnsTheNearestWithCosineSimilarity() {
        index.upsert(List.of(
                creator("anna", "a", new float[] {1, 0, 0}),
                creator("ben", "b", new float[] {0.6f, 0.8f, 0}),
                creator("cleo", "c", new float[] {0, 0, 1})));

        List<IndexHit> hits = index.search(nearest(new float[] {2, 0, 0}, IndexFilter.none(), 2));

        assertThat(handles(hits)).containsExactlyInAnyOrder("anna", "ben");
        assertThat(hits).allSatisfy(h -> assertThat(h.keywordScore()).isZero());
        assertThat(hits).extracting(IndexHit::semanticSimilarity).containsExactlyInAnyOrder(1.0, 0.6000000238418579);
    }

    @Test
    void everyHitCarriesBothScoresWhicheverRetrieverFoundIt() {
        index.upsert(List.of(
                creator("anna", "vegan recipes", new float[] {0, 1, 0}),
                creator("ben", "gaming setup", new float[] {1, 0, 0})));

        List<IndexHit> hits = index.search(new IndexQuery("vegan", new float[] {1, 0, 0}, null, 1));

        assertThat(hits).hasSize(2);
        IndexHit anna = hit(hits, "anna");
        IndexHit ben = hit(hits, "ben");
        assertThat(anna.keywordScore()).isPositive();
        assertThat(anna.semanticSimilarity()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ben.keywordScore()).isZero();
        assertThat(ben.semanticSimilarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aCreatorsKeywordScoreIsTheSameWhicheverRetrieverFoundIt() {
        index.upsert(List.of(
                creator("anna", "vegan vegan recipes and vegan baking", new float[] {1, 0, 0}),
                creator("ben", "vegan travel diaries with many other words", new float[] {0, 1, 0}),
                creator("cleo", "vegan food and vegan drinks", new float[] {0, 0, 1})));

        double byKeywords = hit(index.search(keywords("vegan", 10)), "ben").keywordScore();
        List<IndexHit> hybrid = index.search(new IndexQuery("vegan", new float[] {0, 1, 0}, null, 1));
        // one candidate per retriever: the keyword search keeps its best (not ben), the vector search finds ben
        assertThat(handles(hybrid)).contains("ben").hasSize(2);

        assertThat(byKeywords).isPositive();
        assertThat(hit(hybrid, "ben").keywordScore()).isCloseTo(byKeywords, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void followerMaximumIsExclusiveAndUnknownValuesFailTheirFilter() {
        index.upsert(List.of(
                withFollowersAndAuthenticity("at-max", 100_000L, 90.0),
                withFollowersAndAuthenticity("below-max", 99_999L, 90.0),
                withFollowersAndAuthenticity("unknown-followers", null, 90.0),
                withFollowersAndAuthenticity("unknown-authenticity", 50_000L, null),
                withFollowersAndAuthenticity("fake", 50_000L, 30.0)));

        IndexFilter micro = new IndexFilter(null, 10_000L, 100_000L, null, null, 60.0, null, null);

        assertThat(handles(index.search(new IndexQuery("vegan", new float[] {1, 0, 0}, micro, 10))))
                .containsExactly("below-max");
    }

    @Test
    void aRebuildLeavesOneSegmentToSearchHoweverManyItsWritesFlushed(@TempDir Path folder) {
        // a 1 MB indexing buffer flushes a segment every few hundred of these documents
        try (LuceneCreatorIndex onDisk =
                LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults().withRamBufferMb(1))) {
            onDisk.replaceAll(docs -> true, () -> {
                for (int batch = 0; batch < 20; batch++) {
                    List<IndexedCreator> docs = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        float[] v = new float[64];
                        v[(batch * 200 + i) % 64] = 1;
                        docs.add(creator("c" + batch + "_" + i, "vegan recipes word" + i, v));
                    }
                    onDisk.upsert(docs);
                }
            });
            assertThat(onDisk.size()).isEqualTo(4_000);
            assertThat(onDisk.segmentCount()).isEqualTo(1);
            float[] first = new float[64];
            first[0] = 1;
            assertThat(onDisk.search(nearest(first, IndexFilter.none(), 5))).hasSize(5);
        }
    }

    @Test
    void anIndexOnDiskKeepsItsCreatorsAcrossReopening(@TempDir Path folder) {
        try (LuceneCreatorIndex onDisk = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            onDisk.upsert(List.of(creator("anna", "vegan recipes", new float[] {1, 0, 0})));
        }
        try (LuceneCreatorIndex reopened = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults())) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(handles(reopened.search(keywords("recipe", 5)))).isEqualTo(Set.of("anna"));
            assertThat(reopened.sizeInBytes()).isPositive();
        }
    }

    private static IndexHit hit(List<IndexHit> hits, String handle) {
        return hits.stream()
                .filter(h -> h.key().handle().equals(handle))
                .findFirst()
                .orElseThrow();
    }
}
