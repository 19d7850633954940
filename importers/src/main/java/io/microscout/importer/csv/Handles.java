package io.microscout.importer.csv;

import io.microscout.creator.CreatorKey;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A handle-like key for a source that gives only an account's title ("Cocomelon - Nursery Rhymes" in the
 * handle column): handles hold letters, digits, '.', '_' and '-' (YouTube's rule for handles; Instagram and
 * TikTok allow a subset), so a value with anything else is a title. The rule (docs/csv-format.md): lower case,
 * accents removed, every run of other characters (spaces, punctuation, emoji) becomes one '-', and no '-' at
 * either end: "Cocomelon - Nursery Rhymes" is {@code cocomelon-nursery-rhymes}. Letters of any script stay. The
 * title itself stays the display name unless the file names one.
 */
final class Handles {
    private Handles() {}

    /** True when the value is already a handle (after '@' and case are normalised). */
    static boolean isHandle(String value) {
        return CreatorKey.normalizeHandle(value).matches("[\\p{L}\\p{N}._-]+");
    }

    /** The value as a handle: unchanged when it is one, else the key derived from the title ("" when none). */
    static String fromTitle(String value) {
        String h = CreatorKey.normalizeHandle(value);
        if (h.isEmpty() || isHandle(value)) {
            return h;
        }
        String plain = Normalizer.normalize(h, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}._]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
    }
}
