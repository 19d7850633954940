package io.microscout.campaign;

import java.text.Normalizer;
import java.util.Locale;

/** Campaign names and their slugs (the {@code utm_campaign} value). */
final class Names {
    private Names() {}

    static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}")) {
            throw new IllegalArgumentException("a campaign name is 1–100 letters, digits, spaces, '.', '_' or '-', "
                    + "starting with a letter or digit, got '" + name + "'");
        }
    }

    /** "Spring Launch 2026" -> "spring-launch-2026". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "campaign" : s;
    }
}
