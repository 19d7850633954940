package io.microscout.creator;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The product's one table of country names and codes to ISO 3166-1 alpha-2, read by imports and briefs alike. Knows every code of {@link Locale#getISOCountries()}, its
 * alpha-3 code and English name, plus the common names the JDK's English list words differently
 * ("Czech Republic", "Turkey", "Ivory Coast", "UK", "USA", ...). Accents, case, "&amp;"/"and" and
 * apostrophes do not matter (a plain lower-case lookup comes first, the normalizing one only when it misses).
 * An unknown name gives null: the caller reports it rather than guessing.
 */
public final class CountryNames {
    private static final Map<String, String> CODES = build();

    private CountryNames() {}

    /** The alpha-2 code, upper case; null for null/blank or an unknown name. */
    public static String code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String plain = CODES.get(nameOrCode.trim().toLowerCase(Locale.ROOT));
        return plain != null ? plain : CODES.get(key(nameOrCode));
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            m.put(key(code), code);
            m.put(key(l.getISO3Country()), code);
            m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
            {"US", "United States of America", "USA", "America", "U.S.", "U.S.A."},
            {"GB", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"},
            {"CZ", "Czech Republic", "Czechia"},
            {"TR", "Turkey", "Türkiye"},
            {"CI", "Ivory Coast", "Côte d'Ivoire"},
            {"KR", "South Korea", "Korea", "Republic of Korea"},
            {"KP", "North Korea"},
            {"RU", "Russia", "Russian Federation"},
            {"VN", "Vietnam", "Viet Nam"},
            {"IR", "Iran"},
            {"SY", "Syria"},
            {"LA", "Laos"},
            {"BO", "Bolivia"},
            {"VE", "Venezuela"},
            {"TZ", "Tanzania"},
            {"MD", "Moldova"},
            {"MK", "Macedonia", "North Macedonia"},
            {"SZ", "Swaziland", "Eswatini"},
            {"CV", "Cape Verde", "Cabo Verde"},
            {"MM", "Burma", "Myanmar"},
            {"HK", "Hong Kong"},
            {"MO", "Macau", "Macao"},
            {"PS", "Palestine"},
            {"VA", "Vatican", "Vatican City"},
            {"FM", "Micronesia"},
            {"CD", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"},
            {"CG", "Republic of the Congo", "Congo-Brazzaville"},
            {"TW", "Taiwan"},
            {"AE", "UAE", "Emirates"},
            {"VG", "British Virgin Islands"},
            {"VI", "US Virgin Islands", "U.S. Virgin Islands"},
            {"BA", "Bosnia", "Bosnia and Herzegovina"},
            {"TL", "East Timor", "Timor-Leste"},
            {"NL", "Holland", "The Netherlands"},
        };
        for (String[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                m.put(key(alias[i]), alias[0]);
            }
        }
        return Map.copyOf(m);
    }

    /** Lower case, without accents, apostrophes, dots or "the", "&amp;" as "and", single spaces. */
    static String key(String name) {
        String s = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT)
                .replace('&', ' ')
                .replaceAll("\\band\\b", " ")
                .replaceAll("['’.]", "")
                .replaceAll("^the\\s+", "")
                .replaceAll("[\\s,()-]+", " ");
        return s.trim();
    }
}
