package io.microscout.discovery;

import java.util.List;

/**
 * The words a ranking matches posts against, and whose they are: a brief's keywords, or the terms of a lookalike
 * search's seed (so a reason never cites a brief that was not given).
 */
record QueryWords(List<String> keywords, boolean fromSeed) {
    QueryWords {
        keywords = List.copyOf(keywords);
    }

    static QueryWords ofBrief(List<String> keywords) {
        return new QueryWords(keywords, false);
    }

    static QueryWords ofSeed(List<String> terms) {
        return new QueryWords(terms, true);
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
