package io.microscout.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.UnitVectors;

import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (Reimers &amp; Gurevych 2019, sentence-transformers; 384 dimensions,
 * int8-quantized ONNX), run in-process and offline through langchain4j. The model ships inside the jar;
 * ONNX Runtime unpacks its native library under the user's home folder on first use.
 * The model reads at most 256 word pieces per text and embeds blank text as a fixed vector, so callers
 * should pass the biography and recent captions, not whole archives.
 */
public final class MiniLmTextEmbedder implements TextEmbedder {

    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        return UnitVectors.normalize(model.embed(text == null ? "" : text).content().vector());
    }

    /** Embeds in one call, which the model spreads over the available cores (much faster than one by one). */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? " " : t)).toList();
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .map(UnitVectors::normalize)
                .toList();
    }
}
