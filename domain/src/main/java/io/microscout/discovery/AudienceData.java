package io.microscout.discovery;

import io.microscout.brief.AgeBand;
import io.microscout.brief.Gender;
import java.util.Map;

/**
 * A creator's audience as a platform reports it (Instagram/YouTube insights), as shares 0..1 of the audience.
 * Any map may be empty when the platform did not say.
 *
 * @param countries by ISO 3166-1 alpha-2
 * @param languages by ISO 639-1
 */
public record AudienceData(
        Map<String, Double> countries,
        Map<String, Double> languages,
        Map<AgeBand, Double> ages,
        Map<Gender, Double> genders) {
    public AudienceData {
        countries = countries == null ? Map.of() : Map.copyOf(countries);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
        ages = ages == null ? Map.of() : Map.copyOf(ages);
        genders = genders == null ? Map.of() : Map.copyOf(genders);
    }
}
