package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An embedder created on first use: loading a model (MiniLM: ONNX runtime and weights, about a second) is only
 * paid by the commands that embed text.
 */
public final class LazyTextEmbedder implements TextEmbedder {
    private final int dimensions;
    private final Supplier<? extends TextEmbedder> create;
    private volatile TextEmbedder loaded;

    public LazyTextEmbedder(int dimensions, Supplier<? extends TextEmbedder> create) {
        this.dimensions = dimensions;
        this.create = Objects.requireNonNull(create, "create");
    }

    private static final LazyTextEmbedder MINI_LM = new LazyTextEmbedder(MiniLmTextEmbedder.DIMENSIONS, MiniLmTextEmbedder::new);

    /** all-MiniLM-L6-v2, loaded when first asked to embed, once per process (the model is stateless). */
    public static LazyTextEmbedder miniLm() {
        return MINI_LM;
    }

    public boolean isLoaded() {
        return loaded != null;
    }

    private TextEmbedder model() {
        TextEmbedder m = loaded;
        if (m == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = create.get();
                }
                m = loaded;
            }
        }
        return m;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.isEmpty() ? List.of() : model().embedAll(texts);
    }
}
