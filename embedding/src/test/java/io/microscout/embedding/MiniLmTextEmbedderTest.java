package io.microscout.embedding;

import io.microscout.discovery.UnitVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs the real model, offline. */
class MiniLmTextEmbedderTest {

    private static final MiniLmTextEmbedder embedder = new MiniLmTextEmbedder();

    @Test
    void sentencesOfLikeMeaningLieCloserThanUnrelatedOnes() {
        List<float[]> v = embedder.embedAll(List.of(
                "vegan skincare that is never tested on animals",
                "cruelty-free beauty products and makeup",
                "fantasy football league scores this weekend"));

        double similar = UnitVectors.dot(v.get(0), v.get(1));
        double unrelated = UnitVectors.dot(v.get(0), v.get(2));
        assertThat(similar).isGreaterThan(unrelated + 0.2);
    }

    @Test
    void vectorsAreUnitLengthWith384DimensionsAndBatchingChangesNothing() {
        float[] one = embedder.embed("sourdough baking at home");
        float[] batched = embedder.embedAll(List.of("gym workout", "sourdough baking at home")).get(1);

        assertThat(one).hasSize(embedder.dimensions()).hasSize(384);
        assertThat(UnitVectors.dot(one, one)).isCloseTo(1.0, within(1e-5));
        assertThat(UnitVectors.dot(one, batched)).isCloseTo(1.0, within(1e-4));
    }
}
