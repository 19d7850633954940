package io.microscout.discovery.evaluation;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.microscout.discovery.TextEmbedder;

import java.util.List;

/** The real sentence model inline, for measurements only (the application's adapter replaces it at integration). */
final class MiniLm implements TextEmbedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text.isBlank() ? "-" : text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList())
                .content().stream().map(e -> e.vector()).toList();
    }
}
