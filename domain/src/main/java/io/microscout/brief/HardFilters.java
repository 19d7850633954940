package io.microscout.brief;

import java.util.List;
import java.util.Set;

/**
 * Exact filters: a creator failing one is never returned. Null or empty fields do not filter.
 *
 * @param minFollowers     inclusive
 * @param maxFollowers     exclusive
 * @param countries        the creator's own country (ISO alpha-2)
 * @param languages        the creator's own language (ISO 639-1)
 * @param minAuthenticity  0–100; a creator whose authenticity is unknown fails it
 * @param exclude          "handle" (on every platform) or "platform:handle"
 */
public record HardFilters(
        Long minFollowers,
        Long maxFollowers,
        Set<String> countries,
        Set<String> languages,
        Double minAuthenticity,
        List<String> exclude) {
    public HardFilters {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public static HardFilters none() {
        return new HardFilters(null, null, null, null, null, null);
    }
}
