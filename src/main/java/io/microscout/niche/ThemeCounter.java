package io.microscout.niche;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, for each theme of a set of vocabularies, the posts (and biography) that carry it, with the terms. */
public final class ThemeCounter {
    private final Map<String, Vocabulary> themes;

    public ThemeCounter(Map<String, Vocabulary> themes) {
        this.themes = new LinkedHashMap<>(themes);
    }

    public Map<String, ThemeCount> count(CreatorContent content) {
        Map<String, ThemeCount> out = new LinkedHashMap<>();
        for (Map.Entry<String, Vocabulary> theme : themes.entrySet()) {
            ThemeCount c = count(theme.getKey(), theme.getValue(), content);
            if (c.postsMatched() > 0 || c.inBiography()) {
                out.put(theme.getKey(), c);
            }
        }
        return out;
    }

    static ThemeCount count(String theme, Vocabulary vocabulary, CreatorContent content) {
        int matched = 0;
        double weight = 0;
        Map<String, Integer> perTerm = new HashMap<>();
        for (ContentText post : content.posts()) {
            Map<String, Double> found = vocabulary.matches(post);
            if (!found.isEmpty()) {
                matched++;
                weight += found.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                found.keySet().forEach(t -> perTerm.merge(t, 1, Integer::sum));
            }
        }
        boolean inBio = !vocabulary.matches(content.biography()).isEmpty();
        int read = content.postsRead();
        List<TermEvidence> evidence = new ArrayList<>();
        perTerm.forEach((term, n) -> evidence.add(new TermEvidence(term, n, read)));
        evidence.sort(Comparator.comparingInt(TermEvidence::posts).reversed().thenComparing(TermEvidence::term));
        return new ThemeCount(theme, matched, read, weight, inBio, evidence);
    }
}
