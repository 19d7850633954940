package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.util.Set;

/**
 * Hard filters: exact, never relaxed by ranking. Empty or null fields do not filter.
 * Followers: min inclusive, max exclusive. A creator whose filtered value is unknown does not pass a
 * filter on that value (an unknown authenticity fails a minimum authenticity).
 */
public record IndexFilter(
        Set<Platform> platforms,
        Long minFollowers,
        Long maxFollowers,
        Set<String> countryCodes,
        Set<String> languageCodes,
        Double minAuthenticity,
        Set<String> niches,
        Set<CreatorKey> excluded) {

    public IndexFilter {
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        languageCodes = languageCodes == null ? Set.of() : Set.copyOf(languageCodes);
        niches = niches == null ? Set.of() : Set.copyOf(niches);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    public static IndexFilter none() {
        return new IndexFilter(null, null, null, null, null, null, null, null);
    }

    /** The same test the index applies, for in-memory use and for checking an index's answers. */
    public boolean admits(IndexedCreator c) {
        if (!platforms.isEmpty() && !platforms.contains(c.key().platform())) return false;
        if (minFollowers != null && (c.followers() == null || c.followers() < minFollowers)) return false;
        if (maxFollowers != null && (c.followers() == null || c.followers() >= maxFollowers)) return false;
        if (!countryCodes.isEmpty() && (c.countryCode() == null || !countryCodes.contains(c.countryCode())))
            return false;
        if (!languageCodes.isEmpty() && (c.languageCode() == null || !languageCodes.contains(c.languageCode())))
            return false;
        if (minAuthenticity != null && (c.authenticity() == null || c.authenticity() < minAuthenticity)) return false;
        if (!niches.isEmpty() && c.niches().stream().noneMatch(niches::contains)) return false;
        return !excluded.contains(c.key());
    }
}
