package io.microscout.creator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a caption itself says: its hashtags, its mentions and whether it discloses a sponsorship.
 * Disclosure follows the FTC's "Disclosures 101 for Social Media Influencers" (2019) and the ASA/CMA
 * influencer guidance: #ad, #sponsored, #paidpartnership, "paid partnership with", "in partnership with".
 * <p>
 * A hashtag is '#' followed by letters, digits and '_'. A mention is '@' not preceded by a letter, digit,
 * '_' or '.', followed by letters, digits, '_' and '.', without trailing dots. Captions are scanned by hand
 * in one pass (an import reads millions of them); the disclosure phrases are matched with a regular
 * expression only when the caption holds "partnership" or "sponsor" at all.
 */
public final class CaptionSignals {
    private static final Set<String> SPONSOR_TAGS = Set.of(
            "ad",
            "ads",
            "sponsored",
            "sponsor",
            "paidpartnership",
            "partner",
            "advertisement",
            "werbung",
            "anzeige",
            "publicidad",
            "publicite",
            "pub",
            "spon",
            "collab");
    private static final Pattern SPONSOR_PHRASE = Pattern.compile(
            "\\b(paid partnership with|in partnership with|sponsored by|thanks to .{0,40} for sponsoring)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Everything a caption says, read in one pass. */
    public record Signals(List<String> hashtags, List<String> mentions, boolean sponsored) {
        static final Signals NONE = new Signals(List.of(), List.of(), false);
    }

    private CaptionSignals() {}

    /** Hashtags, mentions and disclosure of one caption. */
    public static Signals of(String caption) {
        if (caption == null || caption.isEmpty()) {
            return Signals.NONE;
        }
        List<String> hashtags = scan(caption, '#');
        List<String> mentions = scan(caption, '@');
        return new Signals(hashtags, mentions, discloses(caption, hashtags));
    }

    /** Hashtags without '#', lower case, in order of first use. */
    public static List<String> hashtags(String caption) {
        return caption == null || caption.isEmpty() ? List.of() : scan(caption, '#');
    }

    /** Mentioned handles without '@', lower case, in order of first use. */
    public static List<String> mentions(String caption) {
        return caption == null || caption.isEmpty() ? List.of() : scan(caption, '@');
    }

    /** True when the caption discloses a paid relationship. */
    public static boolean disclosesSponsorship(String caption) {
        return caption != null && !caption.isEmpty() && discloses(caption, hashtags(caption));
    }

    private static boolean discloses(String caption, List<String> hashtags) {
        for (String tag : hashtags) {
            if (SPONSOR_TAGS.contains(tag)) {
                return true;
            }
        }
        return mentionsPartnershipOrSponsor(caption)
                && SPONSOR_PHRASE.matcher(caption).find();
    }

    /** The distinct tags after each {@code marker} ('#' or '@'), lower case, in order of first use. */
    private static List<String> scan(String caption, char marker) {
        List<String> found = null;
        int n = caption.length();
        int i = caption.indexOf(marker);
        while (i >= 0) {
            int start = i + 1;
            int end = start;
            if (marker == '#' || !mentionBlockedBefore(caption, i)) {
                int lastWord = start;
                while (end < n) {
                    int cp = caption.codePointAt(end);
                    boolean word = isWord(cp);
                    if (!word && !(marker == '@' && cp == '.')) {
                        break;
                    }
                    end += Character.charCount(cp);
                    if (word) {
                        lastWord = end;
                    }
                }
                end = lastWord;
            }
            if (end > start) {
                String tag = caption.substring(start, end).toLowerCase(Locale.ROOT);
                if (found == null) {
                    found = new ArrayList<>(4);
                }
                if (!found.contains(tag)) {
                    found.add(tag);
                }
            }
            i = caption.indexOf(marker, Math.max(end, start));
        }
        return found == null ? List.of() : found;
    }

    /** A mention's '@' must not follow a letter, digit, '_' or '.' (as in an e-mail address). */
    private static boolean mentionBlockedBefore(String caption, int at) {
        if (at == 0) {
            return false;
        }
        int before = caption.codePointBefore(at);
        return isWord(before) || before == '.';
    }

    /** Letters, digits and other numbers, and '_' (the regular expression {@code [\p{L}\p{N}_]}). */
    private static boolean isWord(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** True when the caption holds "partnership" or "sponsor" in any ASCII case: one pass, no allocation. */
    private static boolean mentionsPartnershipOrSponsor(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int c = text.charAt(i) | 0x20;
            if (c == 'p' && matchesAt(text, i + 1, "artnership") || c == 's' && matchesAt(text, i + 1, "ponsor")) {
                return true;
            }
        }
        return false;
    }

    /** ASCII case-insensitive match of a lower-case word at {@code from}. */
    private static boolean matchesAt(String text, int from, String lowerWord) {
        if (from + lowerWord.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if ((text.charAt(from + k) | 0x20) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
