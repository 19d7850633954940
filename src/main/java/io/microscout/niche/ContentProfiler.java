package io.microscout.niche;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.Post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a creator's biography and recent posts into a {@link ContentProfile}. */
public final class ContentProfiler {
    private final NicheDetector niches = new NicheDetector();
    private final ThemeCounter values = new ThemeCounter(ValueThemes.vocabularies());
    private final ThemeCounter risks = new ThemeCounter(RiskTopics.vocabularies());

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
        mentions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new ContentProfile(content.postsRead(), niches.detect(content, nicheSimilarity),
                values.count(content), risks.count(content), sorted, sponsored);
    }
}
