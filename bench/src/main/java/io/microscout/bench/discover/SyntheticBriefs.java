package io.microscout.bench.discover;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Briefs turned into index queries, as discovery would send them: a few niche keywords, a brief vector (a
 * niche direction with a sub-topic and noise), and hard filters of varying selectivity — platform, a tier's
 * follower bracket, country, language, minimum authenticity, niche, excluded handles — from all of the
 * catalog down to a fraction of a percent.
 */
public final class SyntheticBriefs {

    static final double QUERY_NOISE = 0.5;

    private SyntheticBriefs() {}

    public static List<IndexQuery> queries(SyntheticCatalog catalog, int count, int catalogSize, int candidates) {
        List<IndexQuery> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            out.add(query(
                    catalog,
                    new SplittableRandom(catalog.seed() * 7_919L + 104_729L * q + 1),
                    catalogSize,
                    candidates));
        }
        return out;
    }

    static IndexQuery query(SyntheticCatalog catalog, SplittableRandom r, int catalogSize, int candidates) {
        int niche = r.nextInt(catalog.nicheCount());
        double kind = r.nextDouble();
        String keywords = kind < 0.05 ? null : keywords(r, niche); // 5% vector-only
        float[] vector = kind >= 0.05 && kind < 0.10
                ? null // 5% keyword-only
                : catalog.blend(r, niche, -1, r.nextInt(SyntheticCatalog.SUBTOPICS), QUERY_NOISE);
        return new IndexQuery(keywords, vector, filter(r, niche, catalogSize), candidates);
    }

    private static String keywords(SplittableRandom r, int niche) {
        String[] words = NicheVocabulary.words(niche);
        Set<String> picked = new HashSet<>();
        int n = 2 + r.nextInt(3);
        while (picked.size() < n) {
            picked.add(words[r.nextInt(words.length)]);
        }
        return String.join(" ", picked);
    }

    private static IndexFilter filter(SplittableRandom r, int niche, int catalogSize) {
        Set<Platform> platforms = null;
        if (r.nextDouble() < 0.6) {
            platforms = new HashSet<>();
            for (int i : SyntheticCatalog.distinctIndexes(r, 3, r.nextDouble() < 0.7 ? 1 : 2)) {
                platforms.add(SyntheticCatalog.PLATFORMS[i]);
            }
        }
        Long min = null;
        Long max = null;
        if (r.nextDouble() < 0.75) {
            int tier = r.nextDouble() < 0.6 ? 1 : r.nextInt(SyntheticCatalog.TIER_SHARES.length);
            min = SyntheticCatalog.TIER_STARTS[tier];
            max = tier == SyntheticCatalog.TIER_SHARES.length - 1 ? null : SyntheticCatalog.TIER_STARTS[tier + 1];
        }
        Set<String> countries = null;
        if (r.nextDouble() < 0.45) {
            countries = new HashSet<>();
            for (int i : SyntheticCatalog.distinctIndexes(r, SyntheticCatalog.COUNTRIES.length, 1 + r.nextInt(3))) {
                countries.add(SyntheticCatalog.COUNTRIES[i]);
            }
        }
        Set<String> languages = r.nextDouble() < 0.3
                ? Set.of(SyntheticCatalog.LANGUAGES[r.nextInt(SyntheticCatalog.LANGUAGES.length)])
                : null;
        Double minAuthenticity = r.nextDouble() < 0.5 ? 40 + 40 * r.nextDouble() : null;
        Set<String> niches = r.nextDouble() < 0.25 ? Set.of(NicheVocabulary.niche(niche)) : null;
        Set<CreatorKey> excluded = null;
        if (r.nextDouble() < 0.1) {
            excluded = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                excluded.add(
                        CreatorKey.of(SyntheticCatalog.PLATFORMS[r.nextInt(3)], "creator" + r.nextInt(catalogSize)));
            }
        }
        return new IndexFilter(platforms, min, max, countries, languages, minAuthenticity, niches, excluded);
    }
}
