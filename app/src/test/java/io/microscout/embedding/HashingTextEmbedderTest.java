package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.discovery.UnitVectors;
import org.junit.jupiter.api.Test;

class HashingTextEmbedderTest {

    private final HashingTextEmbedder embedder = new HashingTextEmbedder(384);

    @Test
    void sameTextGivesTheSameUnitVector() {
        float[] a = embedder.embed("Vegan recipes, every Sunday!");
        float[] b = new HashingTextEmbedder(384).embed("vegan RECIPES every sunday");

        assertThat(a).containsExactly(b);
        assertThat(UnitVectors.dot(a, a)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void textsSharingWordsLieCloserThanTextsSharingNone() {
        float[] recipes = embedder.embed("vegan recipes for busy weeknights");
        float[] baking = embedder.embed("vegan baking recipes");
        float[] gaming = embedder.embed("speedrun gaming stream tonight");

        assertThat(UnitVectors.dot(recipes, baking)).isGreaterThan(UnitVectors.dot(recipes, gaming));
    }

    @Test
    void blankTextStillHasAUnitVector() {
        assertThat(UnitVectors.dot(embedder.embed("  "), embedder.embed(null))).isCloseTo(1.0, within(1e-6));
    }
}
