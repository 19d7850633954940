package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import java.util.Objects;
import java.util.Set;

/**
 * What the search index holds of one creator: the text it is found by, its semantic vector, and the
 * fields that hard filters test exactly.
 *
 * @param text         biography, recent captions and hashtags, for keyword (BM25) search
 * @param vector       the semantic profile (unit length), or null when not embedded
 * @param niches       detected niche ids (see the niche taxonomy)
 * @param authenticity authenticity score 0–100, or null when not known
 * @param vectorSource what the vector was made from ({@link VectorSource}): the embedder and the exact text, as a
 *                     digest, or null when unknown (such a vector is never reused)
 */
public record IndexedCreator(
        CreatorKey key,
        String text,
        float[] vector,
        Long followers,
        Double engagementRate,
        Double authenticity,
        String countryCode,
        String languageCode,
        Set<String> niches,
        String vectorSource) {

    public IndexedCreator(
            CreatorKey key,
            String text,
            float[] vector,
            Long followers,
            Double engagementRate,
            Double authenticity,
            String countryCode,
            String languageCode,
            Set<String> niches) {
        this(key, text, vector, followers, engagementRate, authenticity, countryCode, languageCode, niches, null);
    }

    /** The same document, its vector made from this source. */
    public IndexedCreator withVectorSource(String source) {
        return new IndexedCreator(
                key, text, vector, followers, engagementRate, authenticity, countryCode, languageCode, niches, source);
    }

    public IndexedCreator {
        Objects.requireNonNull(key, "key");
        text = text == null ? "" : text;
        niches = niches == null ? Set.of() : Set.copyOf(niches);
    }
}
