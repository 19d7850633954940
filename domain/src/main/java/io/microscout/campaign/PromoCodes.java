package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.util.Locale;
import java.util.Set;

/**
 * Promo codes a buyer can type: the creator's handle in capitals (letters and digits only, at most 12) and the
 * campaign's number of the year, "ZOEHBEAUTY26"; when that is taken in the workspace, a letter is appended
 * (B, C, ...). Codes compare without regard to case or surrounding spaces, as shops apply them.
 */
public final class PromoCodes {
    private PromoCodes() {}

    public static String normalize(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** A code for the creator that is not in {@code taken} (normalised codes). */
    public static String forCreator(CreatorKey creator, int year, Set<String> taken) {
        String base = creator.handle().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (base.isEmpty()) {
            base = "CREATOR";
        }
        base = base.substring(0, Math.min(12, base.length())) + String.format(Locale.ROOT, "%02d", year % 100);
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 0; i < 26 * 26; i++) {
            String suffix = i < 25 ? String.valueOf((char) ('B' + i)) : "X" + i;
            String candidate = base + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free promo code for " + creator);
    }
}
