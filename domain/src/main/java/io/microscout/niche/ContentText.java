package io.microscout.niche;

import io.microscout.creator.CaptionSignals;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One piece of a creator's own words (the biography, or one post's caption with its hashtags), prepared for
 * term matching: lower case, accents kept, split into words; hashtags kept apart.
 */
public final class ContentText {
    private final List<String> words;
    private final Set<String> wordSet;
    private final String joined;
    private final Set<String> hashtags;

    private ContentText(List<String> words, Set<String> hashtags) {
        this.words = words;
        this.hashtags = hashtags;
        this.wordSet = new HashSet<>();
        for (String w : words) {
            wordSet.add(w);
            String singular = singular(w);
            if (singular != null) {
                wordSet.add(singular);
            }
        }
        this.joined = " " + String.join(" ", words) + " ";
    }

    /** A caption (its own #hashtags are read from it) plus hashtags the source listed separately. */
    public static ContentText of(String text, Collection<String> extraHashtags) {
        Set<String> tags = new LinkedHashSet<>(CaptionSignals.hashtags(text));
        if (extraHashtags != null) {
            for (String t : extraHashtags) {
                tags.add(t.toLowerCase(Locale.ROOT).replace("#", ""));
            }
        }
        return new ContentText(words(text), tags);
    }

    public static ContentText of(String text) {
        return of(text, List.of());
    }

    /** Lower-case words of the text, hashtags and mentions included as plain words. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '\'' && cur.length() > 0)) {
                if (c != '\'') {
                    cur.append(c);
                }
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    /** Whether these words occur here in sequence. */
    boolean containsPhrase(List<String> phrase) {
        return joined.contains(" " + String.join(" ", phrase) + " ");
    }

    /** The words, with the singular of plural-looking words added ("posts" also gives "post"). */
    Set<String> wordSet() {
        return wordSet;
    }

    public boolean isEmpty() {
        return words.isEmpty() && hashtags.isEmpty();
    }

    public Set<String> hashtags() {
        return hashtags;
    }

    public List<String> words() {
        return words;
    }
}
