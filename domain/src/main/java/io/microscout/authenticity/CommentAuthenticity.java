package io.microscout.authenticity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much of a creator's comment section looks bought or pod-made: generic praise that fits any post
 * ("nice pic", "love it"), emoji-only comments, and the same comment repeated (by one author or under one post). Engagement pods and comment
 * sellers leave exactly these (HypeAuditor counts comment authenticity as one of its four quality groups;
 * docs/sources.md). A comment counts once even when it is several of these.
 */
public record CommentAuthenticity(int comments, int generic, int emojiOnly, int repeated, int suspicious) {

    /** Short praise that fits any post; compared after lower-casing and dropping punctuation and emoji. */
    static final Set<String> GENERIC = Set.of(
            "nice",
            "nice pic",
            "nice pic!",
            "nice post",
            "nice photo",
            "nice shot",
            "great",
            "great pic",
            "great post",
            "great photo",
            "great shot",
            "great content",
            "awesome",
            "amazing",
            "wow",
            "cool",
            "so cool",
            "love it",
            "love this",
            "beautiful",
            "gorgeous",
            "perfect",
            "lovely",
            "cute",
            "super",
            "good",
            "very nice",
            "so nice",
            "looks great",
            "great job",
            "nice one",
            "fire",
            "stunning",
            "amazing pic",
            "amazing post",
            "amazing shot",
            "awesome pic",
            "awesome post",
            "beautiful pic",
            "follow me",
            "follow back",
            "check my page",
            "dm me",
            "keep it up",
            "well done",
            "incredible",
            "omg",
            "love",
            "wonderful",
            "superb",
            "brilliant",
            "goals",
            "great feed",
            "love your feed",
            "nice feed");

    public double suspiciousShare() {
        return comments == 0 ? Double.NaN : suspicious / (double) comments;
    }

    public static CommentAuthenticity of(List<CommentSample> sample) {
        Map<String, Integer> seen = new HashMap<>();
        for (CommentSample c : sample) {
            for (String key : repetitionKeys(c, normalise(c.text()))) {
                seen.merge(key, 1, Integer::sum);
            }
        }
        int generic = 0;
        int emoji = 0;
        int repeated = 0;
        int suspicious = 0;
        for (CommentSample c : sample) {
            String words = normalise(c.text());
            boolean isEmojiOnly = words.isEmpty() && !c.text().isBlank() && hasSymbol(c.text());
            boolean isGeneric = GENERIC.contains(words)
                    || GENERIC.contains(words.replaceAll("(.)\\1+", "$1"))
                    || GENERIC.contains(words.replaceAll("(.)\\1{2,}", "$1$1"));
            boolean isRepeated = !words.isEmpty()
                    && words.length() >= 3
                    && repetitionKeys(c, words).stream().anyMatch(k -> seen.get(k) > 1)
                    && !isGeneric;
            generic += isGeneric ? 1 : 0;
            emoji += isEmojiOnly ? 1 : 0;
            repeated += isRepeated ? 1 : 0;
            suspicious += isGeneric || isEmojiOnly || isRepeated ? 1 : 0;
        }
        return new CommentAuthenticity(sample.size(), generic, emoji, repeated, suspicious);
    }

    /**
     * What "the same comment again" means: the same text by the same author, or under the same post (what comment
     * sellers and pods leave); only when neither author nor post is known, the same text anywhere. Two fans
     * writing "where did you get the jacket?" under different posts is a coincidence, not a sign.
     */
    private static List<String> repetitionKeys(CommentSample c, String words) {
        if (c.author() == null && c.postId() == null) {
            return List.of(words);
        }
        List<String> keys = new java.util.ArrayList<>(2);
        if (c.author() != null) {
            keys.add("author " + c.author().toLowerCase(Locale.ROOT) + ": " + words);
        }
        if (c.postId() != null) {
            keys.add("post " + c.postId() + ": " + words);
        }
        return keys;
    }

    /** Lower case letters, digits and single spaces; everything else (punctuation, emoji, @mentions) dropped. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("@[\\p{L}\\p{N}._]+", " ");
        StringBuilder s = new StringBuilder();
        t.codePoints().forEach(cp -> s.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
        return s.toString().trim().replaceAll("\\s+", " ");
    }

    private static boolean hasSymbol(String text) {
        return text.codePoints()
                .anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL
                        || Character.isSurrogate((char) cp)
                        || cp > 0x2000);
    }
}
