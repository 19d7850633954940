package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An embedder created on first use: loading a model (ONNX Runtime and the weights, about a second) is only
 * paid by the commands that embed text.
 */
public final class LazyTextEmbedder implements TextEmbedder {
    private final int dimensions;
    private final Supplier<String> vectorsId;
    private final Supplier<? extends TextEmbedder> create;
    private volatile TextEmbedder loaded;

    public LazyTextEmbedder(int dimensions, Supplier<? extends TextEmbedder> create) {
        this(dimensions, null, create);
    }

    /** @param vectorsId the {@link #vectorsId} of what {@code create} makes, known without loading it */
    public LazyTextEmbedder(int dimensions, Supplier<String> vectorsId, Supplier<? extends TextEmbedder> create) {
        this.dimensions = dimensions;
        this.vectorsId = vectorsId;
        this.create = Objects.requireNonNull(create, "create");
    }

    /** Selects the model for measuring the candidates (docs/embedding.md); the index must be rebuilt after a change. */
    public static final String MODEL_PROPERTY = "microscout.embedding.model";

    public static final String MODEL_VARIABLE = "MICROSCOUT_EMBEDDING_MODEL";

    private static final LazyTextEmbedder CONFIGURED = new LazyTextEmbedder(
            SentenceModel.DIMENSIONS,
            () -> ConfiguredTranslation.vectorsId(
                    OnnxTextEmbedder.vectorsId(configuredModel(), OnnxTextEmbedder.Settings.defaults())),
            () -> ConfiguredTranslation.around(() -> new OnnxTextEmbedder(configuredModel())));

    /**
     * The configured sentence model ({@link SentenceModel#DEFAULT} unless {@value #MODEL_PROPERTY} or
     * {@value #MODEL_VARIABLE} names another), behind the configured translation ({@link ConfiguredTranslation}),
     * loaded when first asked to embed, once per process.
     */
    public static LazyTextEmbedder configured() {
        return CONFIGURED;
    }

    /** The model the system property or environment variable names, else the default. */
    public static SentenceModel configuredModel() {
        String id = System.getProperty(MODEL_PROPERTY, System.getenv(MODEL_VARIABLE));
        return id == null || id.isBlank() ? SentenceModel.DEFAULT : SentenceModel.byId(id);
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
    public String vectorsId() {
        return vectorsId != null ? vectorsId.get() : model().vectorsId();
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    @Override
    public float[] embedQuery(String text) {
        return model().embedQuery(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.isEmpty() ? List.of() : model().embedAll(texts);
    }
}
