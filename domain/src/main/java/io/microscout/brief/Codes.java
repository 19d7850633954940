package io.microscout.brief;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Country (ISO 3166-1 alpha-2) and language (ISO 639-1) codes, from codes or English names. */
final class Codes {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();
    private static final Map<String, String> LANGUAGE_NAMES = new HashMap<>();

    static {
        for (String c : COUNTRIES) {
            COUNTRY_NAMES.put(new Locale("", c).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), c);
        }
        COUNTRY_NAMES.put("uk", "GB");
        COUNTRY_NAMES.put("usa", "US");
        COUNTRY_NAMES.put("england", "GB");
        for (String l : LANGUAGES) {
            LANGUAGE_NAMES.put(new Locale(l).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), l);
        }
    }

    private Codes() {
    }

    /** "US", "us", "United States", "UK" give "US"/"GB"; null when not a country. */
    static String country(String text) {
        String t = text == null ? "" : text.trim();
        if (COUNTRIES.contains(t.toUpperCase(Locale.ROOT)) && t.length() == 2) {
            return t.toUpperCase(Locale.ROOT);
        }
        return COUNTRY_NAMES.get(t.toLowerCase(Locale.ROOT));
    }

    /** "en", "English" give "en"; null when not a language. */
    static String language(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.length() == 2 && LANGUAGES.contains(t)) {
            return t;
        }
        return LANGUAGE_NAMES.get(t);
    }
}
