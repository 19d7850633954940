package io.microscout.brief;

import java.util.List;
import java.util.Set;

/**
 * Who the brand wants to reach (soft: scored as audience fit, never a hard filter).
 *
 * @param countries ISO 3166-1 alpha-2, upper case
 * @param languages ISO 639-1, lower case
 */
public record AudienceTarget(Set<String> countries, Set<String> languages, List<AgeBand> ages, Set<Gender> genders) {
    public AudienceTarget {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        ages = ages == null ? List.of() : List.copyOf(ages);
        genders = genders == null ? Set.of() : Set.copyOf(genders);
    }

    public static AudienceTarget any() {
        return new AudienceTarget(null, null, null, null);
    }

    public boolean isEmpty() {
        return countries.isEmpty() && languages.isEmpty() && ages.isEmpty() && genders.isEmpty();
    }
}
