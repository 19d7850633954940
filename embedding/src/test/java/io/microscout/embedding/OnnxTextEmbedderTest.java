package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.microscout.discovery.UnitVectors;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Runs the shipped model, offline, from its Maven jar. */
class OnnxTextEmbedderTest {

    private static final OnnxTextEmbedder embedder = new OnnxTextEmbedder(SentenceModel.DEFAULT);

    @AfterAll
    static void close() {
        embedder.close();
    }

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
    void vectorsAreUnitLengthWith384DimensionsAndPaddingInABatchChangesNothing() {
        float[] one = embedder.embed("sourdough baking at home");
        float[] batched = embedder.embedAll(List.of(
                        "gym workout",
                        "a much longer text about trail running shoes, marathon training plans and recovery days, "
                                + "so that the short one is padded beside it",
                        "sourdough baking at home"))
                .get(2);

        assertThat(one).hasSize(embedder.dimensions()).hasSize(384);
        assertThat(UnitVectors.dot(one, one)).isCloseTo(1.0, within(1e-5));
        // int8 models quantize each batch's activations with one scale, so a batch moves a vector a little
        // (fp32 models: cosine 1.00000); a padded position that leaked through the mask would move it far more.
        assertThat(UnitVectors.dot(one, batched)).isCloseTo(1.0, within(0.02));
    }

    @Test
    void blankTextIsAFixedUnitVectorNotAnError() {
        float[] empty = embedder.embed("");

        assertThat(UnitVectors.dot(empty, empty)).isCloseTo(1.0, within(1e-5));
        assertThat(embedder.embed(null)).containsExactly(empty);
        assertThat(embedder.embedAll(List.of("  ", "yoga")).get(0)).containsExactly(empty);
        assertThat(embedder.embedQuery(" ")).containsExactly(empty);
    }

    @Test
    void aLongTextIsReadWholeNotCutAtItsFirstChunk() {
        String football =
                "Match day thoughts on the league table, the transfer window and last night's goals. ".repeat(20);
        String skincare = "My skincare routine: cleanser, serum and sunscreen for sensitive skin. ".repeat(5);
        float[] query = embedder.embedQuery("skincare products for sensitive skin");

        float[] footballOnly = embedder.embed(football);
        float[] whole = embedder.embed(football + skincare);

        assertThat(UnitVectors.dot(query, whole)).isGreaterThan(UnitVectors.dot(query, footballOnly) + 0.1);
    }

    @Test
    void textPastTheLastChunkIsCountedAsLeftOut() {
        try (OnnxTextEmbedder twoChunks =
                new OnnxTextEmbedder(SentenceModel.DEFAULT, new OnnxTextEmbedder.Settings(8, 16, 2, 1, 1))) {
            twoChunks.embed("one two three four five six seven eight nine ten ".repeat(6));

            assertThat(twoChunks.piecesLeftOut()).isEqualTo(60 - 2 * 14);
        }
    }

    @Test
    void aModelWhoseJarIsMissingSaysWhichArtifactToAdd() {
        SentenceModel missing = java.util.Arrays.stream(SentenceModel.values())
                .filter(m -> !m.onClassPath())
                .findFirst()
                .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(missing != null, "every candidate model is on the class path");

        assertThatThrownBy(() -> new OnnxTextEmbedder(missing)).hasMessageContaining(missing.artifact());
    }
}
