package io.microscout.niche;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, for each theme of a set of vocabularies, the posts (and biography) that carry it, with the terms. */
public final class ThemeCounter {
    private final List<String> themes;
    private final TermIndex index;

    public ThemeCounter(Map<String, Vocabulary> themes) {
        this.themes = List.copyOf(themes.keySet());
        this.index = new TermIndex(themes);
    }

    /** The themes present in the posts or the biography, in the vocabularies' order. */
    public Map<String, ThemeCount> count(CreatorContent content) {
        List<Map<String, Map<String, Double>>> perPost =
                content.posts().stream().map(index::matches).toList();
        Map<String, Map<String, Double>> bio = index.matches(content.biography());
        Map<String, ThemeCount> out = new LinkedHashMap<>();
        for (String theme : themes) {
            ThemeCount c = count(theme, perPost, bio.containsKey(theme), content.postsRead());
            if (c.postsMatched() > 0 || c.inBiography()) {
                out.put(theme, c);
            }
        }
        return out;
    }

    /** Per theme, the posts that carry it with the terms found in each, in the content's order (newest first). */
    public Map<String, List<PostMatch>> posts(CreatorContent content) {
        Map<String, List<PostMatch>> out = new LinkedHashMap<>();
        for (int i = 0; i < content.postsRead(); i++) {
            var post = content.source().get(i);
            index.matches(content.posts().get(i)).forEach((theme, terms) -> {
                if (!terms.isEmpty()) {
                    out.computeIfAbsent(theme, k -> new ArrayList<>())
                            .add(new PostMatch(post, List.copyOf(terms.keySet())));
                }
            });
        }
        return out;
    }

    private static ThemeCount count(
            String theme, List<Map<String, Map<String, Double>>> perPost, boolean inBio, int read) {
        int matched = 0;
        double weight = 0;
        Map<String, Integer> perTerm = new HashMap<>();
        for (Map<String, Map<String, Double>> post : perPost) {
            Map<String, Double> found = post.get(theme);
            if (found != null && !found.isEmpty()) {
                matched++;
                weight += found.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0);
                found.keySet().forEach(t -> perTerm.merge(t, 1, Integer::sum));
            }
        }
        List<TermEvidence> evidence = new ArrayList<>();
        perTerm.forEach((term, n) -> evidence.add(new TermEvidence(term, n, read)));
        evidence.sort(Comparator.comparingInt(TermEvidence::posts).reversed().thenComparing(TermEvidence::term));
        return new ThemeCount(theme, matched, read, weight, inBio, evidence);
    }
}
