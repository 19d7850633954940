package io.microscout.creator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The product's one table of language names and codes to ISO 639-1, read by imports and briefs alike. Knows every two-letter code of {@link Locale#getISOLanguages()},
 * its three-letter code and English name, a language tag's language ("en-US" is "en") and a few common
 * names the JDK words differently ("Mandarin", "Farsi"). An unknown name gives null, for the caller to report.
 */
public final class LanguageNames {
    private static final Map<String, String> CODES = build();

    private LanguageNames() {}

    /** The ISO 639-1 code, lower case; null for null/blank or an unknown name. */
    public static String code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String code = CODES.get(nameOrCode.trim().toLowerCase(Locale.ROOT));
        if (code == null) {
            code = CODES.get(CountryNames.key(nameOrCode));
        }
        if (code == null && nameOrCode.matches("[A-Za-z]{2,3}[-_][A-Za-z0-9-_]+")) {
            code = CODES.get(nameOrCode
                    .substring(0, nameOrCode.indexOf(nameOrCode.contains("-") ? '-' : '_'))
                    .toLowerCase(Locale.ROOT));
        }
        return code;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        // Java's legacy codes (iw, in, ji) are read as today's ISO 639-1 codes (he, id, yi)
        Map<String, String> legacy = Map.of("iw", "he", "in", "id", "ji", "yi");
        for (String javaCode : Locale.getISOLanguages()) {
            if (javaCode.length() != 2) {
                continue;
            }
            Locale l = new Locale(javaCode);
            String code = legacy.getOrDefault(javaCode, javaCode);
            m.put(javaCode, code);
            m.put(code, code);
            m.put(CountryNames.key(l.getISO3Language()), code);
            m.put(CountryNames.key(l.getDisplayLanguage(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
            {"zh", "Mandarin", "Cantonese"},
            {"fa", "Farsi"},
            {"tl", "fil", "Filipino", "Tagalog"},
            {"ms", "Malay", "Bahasa Malaysia"},
            {"id", "Bahasa Indonesia", "Bahasa"}
        };
        for (String[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                m.put(CountryNames.key(alias[i]), alias[0]);
            }
        }
        legacy.values().forEach(code -> m.put(code, code));
        return Map.copyOf(m);
    }
}
