package io.microscout.discovery;

import io.microscout.niche.Vocabulary;
import java.util.List;

/**
 * The words a ranking matches posts against, and whose they are: a brief's keywords, or the terms of a lookalike
 * search's seed (so a reason never cites a brief that was not given). The vocabulary posts are matched with is
 * built once per query, not once per candidate.
 */
record QueryWords(List<String> keywords, boolean fromSeed, Vocabulary vocabulary) {
    QueryWords {
        keywords = List.copyOf(keywords);
    }

    static QueryWords ofBrief(List<String> keywords) {
        return new QueryWords(keywords, false, vocabularyOf(keywords));
    }

    static QueryWords ofSeed(List<String> terms) {
        return new QueryWords(terms, true, vocabularyOf(terms));
    }

    /** Each word as one term of a vocabulary (commas and colons would split or label it, so they become spaces). */
    private static Vocabulary vocabularyOf(List<String> words) {
        StringBuilder spec = new StringBuilder();
        for (String k : words) {
            spec.append(k.replace(",", " ").replace(":", " ")).append(',');
        }
        return Vocabulary.parse(spec.toString());
    }

    /** What the words come from, for reasons: "brief" or "seed". */
    String what() {
        return fromSeed ? "seed" : "brief";
    }

    /** How a reason names them: "brief keywords" or "the seed's terms". */
    String wordsName() {
        return fromSeed ? "the seed's terms" : "brief keywords";
    }
}
