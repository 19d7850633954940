package io.microscout.discovery;

import java.util.List;

/** Turns text into a semantic vector (unit length), so that texts of like meaning lie close together. */
public interface TextEmbedder {

    int dimensions();

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
