package io.microscout.bench.discover;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded, synthetic catalog for benchmarks and recall tests. Its vectors are GENERATED, not model
 * embeddings: each niche has a random centroid in 384 dimensions and 16 sub-topic directions; a creator's
 * vector is its niche centroid (plus a weaker second niche), one sub-topic and Gaussian noise, normalised.
 * That gives the clustered geometry of real embeddings, which matters for HNSW recall. Texts are drawn from
 * niche vocabularies plus common caption words, so BM25 sees realistic term statistics.
 * Creator {@code i} depends only on the seed and {@code i}.
 */
public final class SyntheticCatalog {

    public static final int DIMENSIONS = 384;
    static final int SUBTOPICS = 16;
    static final double SECOND_NICHE_WEIGHT = 0.5;
    static final double SUBTOPIC_WEIGHT = 0.6;
    static final double CREATOR_NOISE = 0.8;
    /** Follower brackets of the default tier scheme (TierScheme.microscoutDefault): nano, micro, mid, macro, mega. */
    static final long[] TIER_STARTS = {300, 3_000, 100_000, 500_000, 1_000_000, 5_000_000};

    static final double[] TIER_SHARES = {0.30, 0.50, 0.12, 0.05, 0.03};
    static final Platform[] PLATFORMS = {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE};
    static final double[] PLATFORM_SHARES = {0.55, 0.30, 0.15};
    static final String[] COUNTRIES = {
        "US", "GB", "DE", "FR", "ES", "IT", "BR", "MX", "IN", "ID", "CA", "AU", "NL", "PL", "JP"
    };
    static final double[] COUNTRY_SHARES = {
        0.22, 0.08, 0.07, 0.06, 0.06, 0.05, 0.09, 0.06, 0.09, 0.06, 0.04, 0.04, 0.03, 0.03, 0.02
    };
    static final String[] LANGUAGES = {
        "en", "en", "de", "fr", "es", "it", "pt", "es", "en", "id", "en", "en", "nl", "pl", "ja"
    };

    private final long seed;
    private final float[][] centroids;
    private final float[][][] subtopics;

    public SyntheticCatalog(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        int niches = NicheVocabulary.niches().size();
        centroids = new float[niches][];
        subtopics = new float[niches][SUBTOPICS][];
        for (int n = 0; n < niches; n++) {
            centroids[n] = randomUnit(r);
            for (int s = 0; s < SUBTOPICS; s++) {
                subtopics[n][s] = randomUnit(r);
            }
        }
    }

    public long seed() {
        return seed;
    }

    /** The first {@code count} creators, generated on {@code threads} threads. */
    public List<IndexedCreator> creators(int count, int threads) {
        IndexedCreator[] out = new IndexedCreator[count];
        int n = Math.max(1, threads);
        IntStream.range(0, n).parallel().forEach(t -> {
            for (int i = (int) ((long) count * t / n); i < (long) count * (t + 1) / n; i++) {
                out[i] = creator(i);
            }
        });
        return Arrays.asList(out);
    }

    public IndexedCreator creator(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int niches = centroids.length;
        int primary = r.nextInt(niches);
        int secondary = r.nextDouble() < 0.4 ? (primary + 1 + r.nextInt(niches - 1)) % niches : -1;
        float[] v = blend(r, primary, secondary, r.nextInt(SUBTOPICS), CREATOR_NOISE);
        int tier = pick(r, TIER_SHARES);
        long followers = logUniform(r, TIER_STARTS[tier], TIER_STARTS[tier + 1]);
        int country = pick(r, COUNTRY_SHARES);
        String language = r.nextDouble() < 0.15 ? "en" : LANGUAGES[country];
        Double authenticity = r.nextDouble() < 0.08 ? null : Math.max(0, Math.min(100, 70 + 15 * r.nextGaussian()));
        Double engagement = Math.max(0.001, 0.03 * Math.exp(0.6 * r.nextGaussian()) * (tier <= 1 ? 1.5 : 0.7));
        Set<String> nicheIds = secondary < 0
                ? Set.of(NicheVocabulary.niche(primary))
                : Set.of(NicheVocabulary.niche(primary), NicheVocabulary.niche(secondary));
        Platform platform = PLATFORMS[pick(r, PLATFORM_SHARES)];
        return new IndexedCreator(
                CreatorKey.of(platform, "creator" + i),
                NicheVocabulary.text(r, primary, secondary),
                v,
                followers,
                engagement,
                authenticity,
                COUNTRIES[country],
                language,
                nicheIds);
    }

    /** A niche's direction with a sub-topic, an optional second niche and noise of about {@code noise} length. */
    float[] blend(SplittableRandom r, int niche, int second, int subtopic, double noise) {
        float[] v = new float[DIMENSIONS];
        double sigma = noise / Math.sqrt(DIMENSIONS);
        for (int d = 0; d < DIMENSIONS; d++) {
            double x = centroids[niche][d] + SUBTOPIC_WEIGHT * subtopics[niche][subtopic][d] + sigma * r.nextGaussian();
            if (second >= 0) {
                x += SECOND_NICHE_WEIGHT * centroids[second][d];
            }
            v[d] = (float) x;
        }
        return UnitVectors.normalize(v);
    }

    int nicheCount() {
        return centroids.length;
    }

    static int pick(SplittableRandom r, double[] shares) {
        double x = r.nextDouble() * Arrays.stream(shares).sum();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    static long logUniform(SplittableRandom r, long from, long to) {
        return Math.min(to - 1, (long) Math.exp(Math.log(from) + r.nextDouble() * (Math.log(to) - Math.log(from))));
    }

    private static float[] randomUnit(SplittableRandom r) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) r.nextGaussian();
        }
        return UnitVectors.normalize(v);
    }

    static List<Integer> distinctIndexes(SplittableRandom r, int bound, int count) {
        List<Integer> out = new ArrayList<>();
        while (out.size() < Math.min(count, bound)) {
            int i = r.nextInt(bound);
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }
}
