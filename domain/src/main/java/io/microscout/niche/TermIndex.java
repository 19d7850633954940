package io.microscout.niche;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All terms of a set of themed vocabularies, indexed so that a text is matched in one pass over its own words and
 * hashtags (not once per term): by first word for words and phrases, and by the term written without spaces for
 * hashtags, looked up for every part of 5+ letters of each hashtag (#skincareroutine carries skincare).
 */
final class TermIndex {
    private record Term(String theme, String term, List<String> words, String glued, double weight) {}

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> byGlued = new HashMap<>();
    private int longestGlued;

    TermIndex(Map<String, Vocabulary> vocabularies) {
        vocabularies.forEach((theme, v) -> v.weights().forEach((term, w) -> {
            List<String> words = ContentText.words(term);
            String glued = String.join("", words);
            if (words.isEmpty()) {
                return;
            }
            Term t = new Term(theme, term, words, glued, w);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(t);
            byGlued.computeIfAbsent(glued, k -> new ArrayList<>()).add(t);
            longestGlued = Math.max(longestGlued, glued.length());
        }));
    }

    /** Per theme, the terms found as they occurred ("#skincare", "vegan") with their weights. */
    Map<String, Map<String, Double>> matches(ContentText text) {
        Map<Term, String> found = new LinkedHashMap<>();
        for (String tag : text.hashtags()) {
            for (int i = 0; i < tag.length(); i++) {
                for (int j = tag.length(); j > i; j--) {
                    boolean whole = i == 0 && j == tag.length();
                    if ((!whole && j - i < 5) || j - i > longestGlued) {
                        continue;
                    }
                    for (Term t : byGlued.getOrDefault(tag.substring(i, j), List.of())) {
                        found.putIfAbsent(t, "#" + t.glued());
                    }
                }
            }
        }
        for (String w : text.wordSet()) {
            for (Term t : byFirstWord.getOrDefault(w, List.of())) {
                if (t.words().size() == 1 || text.containsPhrase(t.words())) {
                    found.putIfAbsent(t, t.term());
                }
            }
            for (Term t : byGlued.getOrDefault(w, List.of())) {
                if (t.words().size() > 1) {
                    found.putIfAbsent(t, t.glued());
                }
            }
        }
        Map<String, Map<String, Double>> byTheme = new HashMap<>();
        found.forEach((t, how) ->
                byTheme.computeIfAbsent(t.theme(), k -> new LinkedHashMap<>()).merge(how, t.weight(), Math::max));
        return byTheme;
    }
}
