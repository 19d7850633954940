package io.microscout.campaign;

import java.util.Locale;

/** The UTM parameters an order arrived with (any may be null). Values compare without regard to case. */
public record Utm(String source, String medium, String campaign, String content) {
    public static final Utm NONE = new Utm(null, null, null, null);

    public Utm {
        source = clean(source);
        medium = clean(medium);
        campaign = clean(campaign);
        content = clean(content);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return source == null && medium == null && campaign == null && content == null;
    }
}
