package io.microscout.solr;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexQuery;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, generated catalog for comparing indexes (a smoke-test fixture, not a quality check): creators in
 * {@link #NICHES} niches, each with its own words (Zipf-like use) and its own centroid in {@link #DIMENSIONS}
 * dimensions (vectors = centroid + noise, normalised: clustered like embeddings), followers 3k-100k
 * log-uniform, platform, country, language and authenticity (8% unknown) drawn from fixed shares.
 */
final class ClusteredCatalog {

    static final int DIMENSIONS = 384;
    static final int NICHES = 12;
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "IN", "BR"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "pt"};

    private final long seed;
    private final float[][] centroids = new float[NICHES][];

    ClusteredCatalog(long seed) {
        this.seed = seed;
        Random r = new Random(seed);
        for (int n = 0; n < NICHES; n++) {
            centroids[n] = gaussian(r, 1.0f);
        }
    }

    private static String word(int niche, int rank) {
        return "n" + niche + "w" + rank;
    }

    /** A word of the niche, rank 0 most used (Zipf-like: rank ~ exp of a uniform). */
    private static String zipfWord(Random r, int niche) {
        return word(niche, (int) Math.min(39, Math.floor(Math.exp(r.nextDouble() * Math.log(40)) - 1)));
    }

    List<IndexedCreator> creators(int count) {
        Random r = new Random(seed * 31 + 7);
        List<IndexedCreator> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int niche = r.nextInt(NICHES);
            StringBuilder text = new StringBuilder();
            int words = 8 + r.nextInt(40);
            for (int w = 0; w < words; w++) {
                text.append(r.nextDouble() < 0.15 ? zipfWord(r, r.nextInt(NICHES)) : zipfWord(r, niche))
                        .append(' ');
            }
            float[] vector = r.nextDouble() < 0.03 ? null : near(r, centroids[niche], 0.9f);
            Platform platform = Platform.values()[r.nextInt(3)];
            out.add(new IndexedCreator(
                    CreatorKey.of(platform, "creator" + i),
                    text.toString(),
                    vector,
                    (long) Math.exp(Math.log(3_000) + r.nextDouble() * Math.log(100_000 / 3_000.0)),
                    0.01 + r.nextDouble() * 0.05,
                    r.nextDouble() < 0.08 ? null : 20 + r.nextDouble() * 80,
                    COUNTRIES[r.nextInt(COUNTRIES.length)],
                    LANGUAGES[r.nextInt(LANGUAGES.length)],
                    Set.of("niche" + niche)));
        }
        return out;
    }

    /** Briefs: 2-3 niche words and a vector near the niche (90%), or only one of them; filters of mixed selectivity. */
    List<IndexQuery> briefs(int count, int candidates) {
        Random r = new Random(seed * 17 + 3);
        List<IndexQuery> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int niche = r.nextInt(NICHES);
            double kind = r.nextDouble();
            String keywords = null;
            if (kind >= 0.05) {
                keywords = zipfWord(r, niche) + " " + zipfWord(r, niche)
                        + (r.nextBoolean() ? " " + zipfWord(r, niche) : "");
            }
            float[] vector = kind < 0.95 ? near(r, centroids[niche], 0.6f) : null; // 5% keyword-only, 5% vector-only
            IndexFilter filter = new IndexFilter(
                    r.nextDouble() < 0.5 ? Set.of(Platform.values()[r.nextInt(3)]) : null,
                    r.nextDouble() < 0.5 ? 10_000L : null,
                    r.nextDouble() < 0.3 ? 60_000L : null,
                    r.nextDouble() < 0.4 ? Set.of(COUNTRIES[r.nextInt(COUNTRIES.length)]) : null,
                    r.nextDouble() < 0.2 ? Set.of(LANGUAGES[r.nextInt(LANGUAGES.length)]) : null,
                    r.nextDouble() < 0.4 ? 40 + r.nextDouble() * 30 : null,
                    null,
                    r.nextDouble() < 0.1
                            ? Set.of(CreatorKey.of(Platform.INSTAGRAM, "creator" + r.nextInt(100)))
                            : null);
            out.add(new IndexQuery(keywords, vector, filter, candidates));
        }
        return out;
    }

    private static float[] near(Random r, float[] centroid, float noise) {
        float[] v = gaussian(r, noise);
        for (int d = 0; d < v.length; d++) {
            v[d] += centroid[d];
        }
        return UnitVectors.normalized(v);
    }

    private static float[] gaussian(Random r, float scale) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (r.nextGaussian() * scale / Math.sqrt(DIMENSIONS));
        }
        return v;
    }
}
