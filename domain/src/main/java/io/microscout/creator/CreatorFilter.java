package io.microscout.creator;

import java.util.Set;

/**
 * Which creators to list. Null or empty fields do not filter. Rates are fractions (0.02 = 2%).
 * Follower bounds: min inclusive, max exclusive (so tier brackets translate exactly).
 */
public record CreatorFilter(
        Set<Platform> platforms,
        Long minFollowers,
        Long maxFollowers,
        Double minEngagementRate,
        Double maxEngagementRate,
        Set<String> countryCodes,
        Set<String> languageCodes,
        String text,
        Double minAuthenticity,
        int offset,
        int limit) {

    public CreatorFilter {
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        languageCodes = languageCodes == null ? Set.of() : Set.copyOf(languageCodes);
        if (limit <= 0) {
            limit = Integer.MAX_VALUE;
        }
    }

    public static CreatorFilter all() {
        return new CreatorFilter(null, null, null, null, null, null, null, null, null, 0, 0);
    }
}
