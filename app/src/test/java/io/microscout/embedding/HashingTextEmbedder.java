package io.microscout.embedding;

import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.UnitVectors;
import java.util.Locale;

/**
 * A test fixture, never for real discovery: the feature-hashing trick (Weinberger
 * et al. 2009) maps each lower-cased word to a signed coordinate, so texts sharing words lie close together.
 * It knows no meaning ("sneakers" and "trainers" are unrelated to it). Deterministic, and thousands of times
 * faster than a neural model.
 */
public final class HashingTextEmbedder implements TextEmbedder {

    private final int dimensions;

    public HashingTextEmbedder(int dimensions) {
        if (dimensions < 2) {
            throw new IllegalArgumentException("dimensions must be at least 2");
        }
        this.dimensions = dimensions;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimensions];
        for (String word : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int h = mix(word.hashCode());
            v[Math.floorMod(h, dimensions)] += (h & 0x40000000) == 0 ? 1f : -1f;
        }
        if (UnitVectors.dot(v, v) == 0) {
            v[0] = 1f; // no words: a fixed direction, so the vector stays unit length
        }
        return UnitVectors.normalize(v);
    }

    /** Murmur3's finalizer: spreads String.hashCode's bits over the whole int. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
