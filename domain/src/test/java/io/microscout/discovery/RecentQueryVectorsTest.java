package io.microscout.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentQueryVectorsTest {
    /** A model that counts what it was asked to embed as a query. */
    private static final class CountingModel implements TextEmbedder {
        final List<String> queries = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            return new float[] {1, 0};
        }

        @Override
        public float[] embedQuery(String text) {
            queries.add(text);
            return new float[] {text.length(), 1};
        }
    }

    @Test
    void theSameQueryRunsTheModelOnceAndEachCallerGetsItsOwnCopy() {
        CountingModel model = new CountingModel();
        RecentQueryVectors vectors = new RecentQueryVectors(model);

        float[] first = vectors.embedQuery("vegan skincare");
        first[0] = -1;
        float[] second = vectors.embedQuery("vegan skincare");

        assertThat(model.queries).containsExactly("vegan skincare");
        assertThat(second).containsExactly(14f, 1f);
    }

    @Test
    void onlyTheMostRecentQueriesAreKept() {
        CountingModel model = new CountingModel();
        RecentQueryVectors vectors = new RecentQueryVectors(model);
        for (int i = 0; i <= RecentQueryVectors.QUERIES_KEPT; i++) {
            vectors.embedQuery("brief " + i);
            vectors.embedQuery("brief 0"); // used again and again: never the least recent
        }

        assertThat(vectors.kept()).isEqualTo(RecentQueryVectors.QUERIES_KEPT);
        vectors.embedQuery("brief 0");
        vectors.embedQuery("brief 1"); // the least recently used when brief 512 came in: dropped
        assertThat(model.queries.stream().filter("brief 0"::equals)).hasSize(1);
        assertThat(model.queries.stream().filter("brief 1"::equals)).hasSize(2);
    }
}
