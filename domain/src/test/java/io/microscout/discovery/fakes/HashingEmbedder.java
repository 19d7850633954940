package io.microscout.discovery.fakes;

import io.microscout.discovery.TextEmbedder;
import io.microscout.niche.ContentText;

/** A deterministic stand-in for a sentence model: hashed bag of words, unit length. Same words, close vectors. */
public class HashingEmbedder implements TextEmbedder {
    private static final int DIMS = 256;

    @Override
    public int dimensions() {
        return DIMS;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMS];
        for (String w : ContentText.words(text)) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), DIMS)] += 1;
            }
        }
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        if (n > 0) {
            for (int i = 0; i < DIMS; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
        }
        return v;
    }
}
