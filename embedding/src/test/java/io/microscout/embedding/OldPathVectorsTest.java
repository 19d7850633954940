package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.microscout.discovery.UnitVectors;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batched embedder against the path the index used before it: langchain4j's all-MiniLM-L6-v2 (int8) model, one
 * session call per text, input cut at 128 word pieces. For short texts (one chunk, under 128 pieces) a text
 * embedded alone must give the same vector, so an index built before and one built now agree.
 */
class OldPathVectorsTest {
    private static final List<String> SHORT_TEXTS = List.of(
            "vegan skincare routines for sensitive skin",
            "Trail running, ultramarathons and the gear I trust. Based in Munich.",
            "Budget meal prep for busy families: five dinners for under 30 dollars",
            "PC gaming, speedruns and hardware reviews every Friday",
            "Sourdough baking at home, from starter to the first loaf",
            "Beauty | Fashion | Lifestyle 💄 collabs: hello@example.com");

    private static OnnxTextEmbedder embedder;
    private static AllMiniLmL6V2QuantizedEmbeddingModel old;

    @BeforeAll
    static void load() {
        embedder = new OnnxTextEmbedder(SentenceModel.DEFAULT);
        old = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aShortTextEmbeddedAloneGivesTheOldPathsVector() {
        assertThat(SentenceModel.DEFAULT.id()).isEqualTo("all-minilm-l6-v2-q");
        for (String text : SHORT_TEXTS) {
            float[] before = old.embed(text).content().vector();
            float[] now = embedder.embed(text);
            assertThat(UnitVectors.dot(before, now)).as(text).isGreaterThan(0.999);
        }
    }

    @Test
    void inABatchAShortTextStaysCloseToItsOldVector() {
        // int8: one activation scale per batch moves a vector a little with its batch mates (docs/embedding.md)
        List<float[]> batched = embedder.embedAll(SHORT_TEXTS);
        for (int i = 0; i < SHORT_TEXTS.size(); i++) {
            float[] before = old.embed(SHORT_TEXTS.get(i)).content().vector();
            assertThat(UnitVectors.dot(before, batched.get(i)))
                    .as(SHORT_TEXTS.get(i))
                    .isGreaterThan(0.98);
        }
    }
}
