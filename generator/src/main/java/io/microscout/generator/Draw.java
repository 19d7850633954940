package io.microscout.generator;

import java.util.SplittableRandom;

/** Random draws the generator needs, all from a seeded {@link SplittableRandom} so that output is reproducible. */
final class Draw {
    private Draw() {}

    /** A standard normal deviate (Box-Muller; one of the pair is dropped to stay stateless). */
    static double normal(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A log-normal deviate with the given median and sigma of ln. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * normal(rng));
    }

    static double uniform(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** Index drawn in proportion to the weights. */
    static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * SplitMix64's finalizer: a bijection on 64-bit values, so distinct inputs give distinct outputs (used for
     * unique, random-looking post ids) and well-spread seeds.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
