package io.microscout.discovery;

import java.util.List;

/**
 * Turns text into a semantic vector (unit length), so that texts of like meaning lie close together. A creator's
 * text is a passage ({@link #embed}, {@link #embedAll}); a brief is a query ({@link #embedQuery}), which some models
 * read with their own query prefix. Blank or null text embeds as a fixed vector (the model's vector of an empty
 * input), never an error.
 */
public interface TextEmbedder {

    int dimensions();

    /**
     * What makes this embedder's vectors what they are (the model and how it reads a text), or null when unknown:
     * a vector stored with the same id and the same text is the vector this embedder would compute, so it need not
     * be computed again ({@link CreatorIndex#storedVectors}). Null, the default, never reuses a stored vector.
     */
    default String vectorsId() {
        return null;
    }

    /** A passage: a creator's name, biography and captions, read whole. */
    float[] embed(String text);

    /** A search query (a brief); the same as {@link #embed} for models without a query convention. */
    default float[] embedQuery(String text) {
        return embed(text);
    }

    /** Passages in one batch (much faster than one by one for a neural model). */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
