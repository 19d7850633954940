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

    private final Map<String, List<Term>> byFirstWord = new LinkedHashMap<>();
    private final Map<String, List<Term>> byGlued = new LinkedHashMap<>();
    /** Phrases written as one word ("skincareroutine"), by that word. */
    private final Map<String, List<Term>> phrasesGlued = new LinkedHashMap<>();
    /** The lengths of the glued terms, longest first: only parts of a hashtag this long can match one. */
    private final int[] gluedLengths;
    /**
     * Per length (as {@link #gluedLengths}), its glued terms when they are few (compared in place with the hashtag,
     * no part cut out of it), else null (the part is looked up in {@link #byGlued}).
     */
    private final String[][] fewGlued;

    private static final int FEW = 4;
    /** True when every length has few terms: a hashtag is then searched for each glued term (indexOf). */
    private final boolean smallVocabulary;

    TermIndex(Map<String, Vocabulary> vocabularies) {
        java.util.TreeSet<Integer> lengths = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        vocabularies.forEach((theme, v) -> v.weights().forEach((term, w) -> {
            List<String> words = ContentText.words(term);
            String glued = String.join("", words);
            if (words.isEmpty()) {
                return;
            }
            Term t = new Term(theme, term, words, glued, w);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(t);
            byGlued.computeIfAbsent(glued, k -> new ArrayList<>()).add(t);
            if (words.size() > 1) {
                phrasesGlued.computeIfAbsent(glued, k -> new ArrayList<>()).add(t);
            }
            lengths.add(glued.length());
        }));
        gluedLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        fewGlued = new String[gluedLengths.length][];
        for (int k = 0; k < gluedLengths.length; k++) {
            int length = gluedLengths[k];
            String[] ofLength =
                    byGlued.keySet().stream().filter(g -> g.length() == length).toArray(String[]::new);
            fewGlued[k] = ofLength.length <= FEW ? ofLength : null;
        }
        smallVocabulary = java.util.Arrays.stream(fewGlued).allMatch(java.util.Objects::nonNull);
    }

    /** Per theme, the terms found as they occurred ("#skincare", "vegan") with their weights. */
    Map<String, Map<String, Double>> matches(ContentText text) {
        Map<Term, String> found = new LinkedHashMap<>();
        for (String tag : text.hashtags()) {
            if (smallVocabulary) {
                searchEachTerm(tag, found);
                continue;
            }
            for (int i = 0; i < tag.length(); i++) {
                for (int k = 0; k < gluedLengths.length; k++) { // longest first: as a scan by end, last first
                    int length = gluedLengths[k];
                    int j = i + length;
                    boolean whole = i == 0 && j == tag.length();
                    if (j > tag.length() || (!whole && length < 5)) {
                        continue;
                    }
                    List<Term> terms = List.of();
                    if (fewGlued[k] == null) {
                        terms = byGlued.getOrDefault(tag.substring(i, j), List.of());
                    } else {
                        for (String g : fewGlued[k]) {
                            if (tag.regionMatches(i, g, 0, length)) {
                                terms = byGlued.get(g);
                                break;
                            }
                        }
                    }
                    for (Term t : terms) {
                        found.putIfAbsent(t, "#" + t.glued());
                    }
                }
            }
        }
        if (byFirstWord.size() + phrasesGlued.size() < text.wordSet().size()) {
            // a small vocabulary (a brief's keywords, an avoided term): its words looked up in the text's
            for (Map.Entry<String, List<Term>> e : byFirstWord.entrySet()) {
                if (text.wordSet().contains(e.getKey())) {
                    byFirstWord(text, e.getValue(), found);
                }
            }
            for (Map.Entry<String, List<Term>> e : phrasesGlued.entrySet()) {
                if (text.wordSet().contains(e.getKey())) {
                    e.getValue().forEach(t -> found.putIfAbsent(t, t.glued()));
                }
            }
        } else {
            for (String w : text.wordSet()) {
                byFirstWord(text, byFirstWord.getOrDefault(w, List.of()), found);
                for (Term t : phrasesGlued.getOrDefault(w, List.of())) {
                    found.putIfAbsent(t, t.glued());
                }
            }
        }
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Double>> byTheme = new HashMap<>();
        found.forEach((t, how) ->
                byTheme.computeIfAbsent(t.theme(), k -> new LinkedHashMap<>()).merge(how, t.weight(), Math::max));
        return byTheme;
    }

    /** The terms starting with a word of the text that the text holds whole (a word, or a phrase in sequence). */
    private static void byFirstWord(ContentText text, List<Term> starting, Map<Term, String> found) {
        for (Term t : starting) {
            if (t.words().size() == 1 || text.containsPhrase(t.words())) {
                found.putIfAbsent(t, t.term());
            }
        }
    }

    /**
     * A small vocabulary's glued terms searched in one hashtag: the whole hashtag, or a part of 5+ letters. Found
     * terms are taken by where they first start, longest first there: the order of the scan over parts.
     */
    private void searchEachTerm(String tag, Map<Term, String> found) {
        List<int[]> hits = null; // {start, length index, term index}
        for (int k = 0; k < gluedLengths.length; k++) {
            int length = gluedLengths[k];
            if (length > tag.length() || (length < 5 && length != tag.length())) {
                continue;
            }
            for (int g = 0; g < fewGlued[k].length; g++) {
                int at = length == tag.length() ? (tag.equals(fewGlued[k][g]) ? 0 : -1) : tag.indexOf(fewGlued[k][g]);
                if (at >= 0) {
                    if (hits == null) {
                        hits = new ArrayList<>();
                    }
                    hits.add(new int[] {at, k, g});
                }
            }
        }
        if (hits == null) {
            return;
        }
        hits.sort(java.util.Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[1]));
        for (int[] h : hits) {
            for (Term t : byGlued.get(fewGlued[h[1]][h[2]])) {
                found.putIfAbsent(t, "#" + t.glued());
            }
        }
    }
}
