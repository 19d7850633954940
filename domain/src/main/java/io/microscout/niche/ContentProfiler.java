package io.microscout.niche;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a creator's biography and recent posts into a {@link ContentProfile}. */
public final class ContentProfiler {
    private static final String NICHE = "niche:";
    private static final String VALUE = "value:";
    private static final String RISK = "risk:";
    private final NicheDetector niches = new NicheDetector();
    /** Niches, values and risky topics matched in one pass over each text. */
    private final ThemeCounter counter = new ThemeCounter(allThemes());

    private static Map<String, Vocabulary> allThemes() {
        Map<String, Vocabulary> all = new LinkedHashMap<>();
        NicheTaxonomy.vocabularies().forEach((id, v) -> all.put(NICHE + id, v));
        ValueThemes.vocabularies().forEach((id, v) -> all.put(VALUE + id, v));
        RiskTopics.vocabularies().forEach((id, v) -> all.put(RISK + id, v));
        return all;
    }

    private static Map<String, ThemeCount> part(Map<String, ThemeCount> counts, String prefix) {
        Map<String, ThemeCount> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> {
            if (k.startsWith(prefix)) {
                String id = k.substring(prefix.length());
                out.put(
                        id,
                        new ThemeCount(
                                id, c.postsMatched(), c.postsRead(), c.postWeight(), c.inBiography(), c.evidence()));
            }
        });
        return out;
    }

    /** The posts behind every niche, value and risky topic the same content shows, with the words found. */
    public ContentEvidence evidence(String biography, List<Post> recentPosts) {
        Map<String, List<PostMatch>> all = counter.posts(CreatorContent.of(biography, recentPosts));
        return new ContentEvidence(byPrefix(all, NICHE), byPrefix(all, VALUE), byPrefix(all, RISK));
    }

    private static Map<String, List<PostMatch>> byPrefix(Map<String, List<PostMatch>> all, String prefix) {
        Map<String, List<PostMatch>> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    public ContentProfile profile(String biography, List<Post> recentPosts) {
        return profile(CreatorContent.of(biography, recentPosts), id -> null);
    }

    /** With the content's semantic similarity to each niche description blended into niche confidence. */
    public ContentProfile profile(CreatorContent content, Function<String, Double> nicheSimilarity) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        int sponsored = 0;
        for (Post p : content.source()) {
            List<String> m = p.mentions().isEmpty() ? CaptionSignals.mentions(p.caption()) : p.mentions();
            m.stream().distinct().forEach(h -> mentions.merge(h, 1, Integer::sum));
            if (p.sponsored()) {
                sponsored++;
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        Map<String, ThemeCount> counts = counter.count(content);
        return new ContentProfile(
                content.postsRead(),
                niches.detect(part(counts, NICHE), content.postsRead(), nicheSimilarity),
                part(counts, VALUE),
                part(counts, RISK),
                sorted,
                sponsored);
    }
}
