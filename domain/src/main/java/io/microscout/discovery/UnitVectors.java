package io.microscout.discovery;

/** Vector arithmetic on the semantic profiles, which are unit length so that cosine similarity is a dot product. */
public final class UnitVectors {

    private UnitVectors() {}

    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A unit-length copy of {@code v}; a zero vector cannot be normalised and is an error. */
    public static float[] normalized(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm == 0 || Double.isNaN(norm)) {
            throw new IllegalArgumentException("a zero or NaN vector has no direction");
        }
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = (float) (v[i] / norm);
        }
        return unit;
    }

    /** Normalises in place and returns {@code v}. */
    public static float[] normalize(float[] v) {
        float[] unit = normalized(v);
        System.arraycopy(unit, 0, v, 0, v.length);
        return v;
    }
}
