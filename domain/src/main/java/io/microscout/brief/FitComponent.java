package io.microscout.brief;

import java.util.Locale;

/** The parts of a fit score. Their names are the keys of a brief's {@code weights} and of the JSON output. */
public enum FitComponent {
    RELEVANCE("relevance"),
    AUDIENCE("audience"),
    AUTHENTICITY("authenticity"),
    ENGAGEMENT("engagement"),
    VALUES("values"),
    BRAND_SAFETY("brandSafety"),
    WILLINGNESS("willingness");

    private final String id;

    FitComponent(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static FitComponent parse(String text) {
        for (FitComponent c : values()) {
            if (c.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown fit component '" + text + "'");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
