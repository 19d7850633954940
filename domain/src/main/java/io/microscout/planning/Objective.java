package io.microscout.planning;

import java.util.Locale;

/** What the plan maximises. */
public enum Objective {
    /** Expected conversions (orders); revenue is conversions x order value, so it picks the same plan. */
    SALES("conversions"),
    ENGAGEMENT("engagements"),
    /** Expected impressions. */
    REACH("impressions");

    private final String measure;

    Objective(String measure) {
        this.measure = measure;
    }

    public String measure() {
        return measure;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses sales/engagement/reach and the brief's goals (awareness means reach). */
    public static Objective parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "sales":
            case "conversions":
            case "revenue":
                return SALES;
            case "engagement":
            case "engagements":
                return ENGAGEMENT;
            case "reach":
            case "awareness":
            case "impressions":
                return REACH;
            default:
                throw new IllegalArgumentException(
                        "unknown objective '" + text + "'; expected sales, engagement or reach");
        }
    }
}
