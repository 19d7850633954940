package io.microscout.niche;

import java.util.Locale;

/**
 * Finds a brand (a competitor, or the brand itself) in a creator's content: as an @mention, a hashtag, or its
 * name in a caption. "The Ordinary" matches @theordinary, #theordinary and "the ordinary".
 */
public final class BrandMentions {
    private BrandMentions() {}

    /** Posts that mention the brand, as evidence (0 posts when never mentioned). */
    public static TermEvidence find(CreatorContent content, String brand) {
        String name = brand.trim().toLowerCase(Locale.ROOT);
        String handle = name.replace("@", "").replaceAll("[^\\p{L}\\p{N}_.]", "");
        java.util.List<String> words = ContentText.words(name);
        String glued = String.join("", words);
        int posts = 0;
        for (int i = 0; i < content.postsRead(); i++) {
            ContentText text = content.posts().get(i);
            boolean mentioned = content.source().get(i).mentions().contains(handle)
                    || text.hashtags().contains(glued)
                    || (!words.isEmpty() && text.containsPhrase(words))
                    || text.words().contains(handle);
            if (mentioned) {
                posts++;
            }
        }
        return new TermEvidence(brand.trim(), posts, content.postsRead());
    }
}
