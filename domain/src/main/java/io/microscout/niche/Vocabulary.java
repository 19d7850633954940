package io.microscout.niche;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Weighted terms that signal a theme: words, phrases and hashtags (written without '#'; a word also matches
 * as a hashtag). Weight 1 marks an unambiguous term, lower weights terms that only hint at the theme.
 */
public final class Vocabulary {
    private final Map<String, Double> weights;
    private final TermIndex index;

    private Vocabulary(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(weights);
        this.index = new TermIndex(Map.of("", this));
    }

    /**
     * Parses "term, other term:0.5, #tag" (comma separated; ":w" sets a weight, default 1).
     */
    public static Vocabulary parse(String spec) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String raw : spec.split(",")) {
            String t = raw.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            double w = 1.0;
            int colon = t.lastIndexOf(':');
            if (colon > 0) {
                w = Double.parseDouble(t.substring(colon + 1));
                t = t.substring(0, colon).trim();
            }
            m.put(t.startsWith("#") ? t.substring(1) : t, w);
        }
        return new Vocabulary(m);
    }

    public static Vocabulary of(Map<String, Double> weights) {
        return new Vocabulary(new LinkedHashMap<>(weights));
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /**
     * The terms found in the text, as they occurred ("#skincare", "vegan"), with their weights. A word matches its
     * plural; a phrase matches its words in sequence or written as one word; any term matches a hashtag equal to
     * it written without spaces, or containing it when it has 5+ letters.
     */
    public Map<String, Double> matches(ContentText text) {
        return index.matches(text).getOrDefault("", Map.of());
    }
}
