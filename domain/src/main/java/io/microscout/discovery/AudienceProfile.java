package io.microscout.discovery;

import io.microscout.creator.Creator;
import java.util.HashMap;
import java.util.Map;

/**
 * A creator's audience for discovery: reported data when the platform gave it, else an estimate marked as such.
 * The estimate assumes the audience shares the creator's own country and language (the only evidence there is);
 * ages and genders stay unknown rather than guessed.
 */
public record AudienceProfile(AudienceData data, boolean estimated, String basis) {

    /** A measured audience (insights, a media kit), with what measured it and when. */
    public static AudienceProfile measured(AudienceData data, String basis) {
        return new AudienceProfile(data, false, basis);
    }

    /** The measured audience when there is one, else the estimate from the creator's country and language. */
    public static AudienceProfile of(Creator creator, AudienceProfile measured) {
        return measured != null && !measured.estimated() ? measured : of(creator, (AudienceData) null);
    }

    public static AudienceProfile of(Creator creator, AudienceData reported) {
        if (reported != null
                && !(reported.countries().isEmpty()
                        && reported.languages().isEmpty()
                        && reported.ages().isEmpty()
                        && reported.genders().isEmpty())) {
            return new AudienceProfile(reported, false, "reported by the platform");
        }
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> languages = new HashMap<>();
        StringBuilder basis = new StringBuilder("estimated from the creator's");
        if (creator.countryCode() != null) {
            countries.put(creator.countryCode(), 1.0);
            basis.append(" country ").append(creator.countryCode());
        }
        if (creator.languageCode() != null) {
            languages.put(creator.languageCode(), 1.0);
            basis.append(creator.countryCode() != null ? " and" : "")
                    .append(" language ")
                    .append(creator.languageCode());
        }
        if (countries.isEmpty() && languages.isEmpty()) {
            basis.append(" profile: nothing known");
        }
        return new AudienceProfile(new AudienceData(countries, languages, null, null), true, basis.toString());
    }
}
