package io.microscout.brief;

import java.util.Locale;

/** What the campaign is for. Planning reads it to choose what to forecast and optimise. */
public enum Goal {
    AWARENESS,
    ENGAGEMENT,
    SALES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Goal parse(String text) {
        for (Goal g : values()) {
            if (g.id().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a goal (expected awareness, engagement or sales)");
    }
}
