package io.microscout.creator;

import java.util.Locale;

/** The social platforms MicroScout catalogs. */
public enum Platform {
    INSTAGRAM,
    YOUTUBE,
    TIKTOK;

    private final String id = name().toLowerCase(Locale.ROOT); // asked for per post and per key on import

    /** The lower-case name used in the CLI, files and JSON ("instagram"). */
    public String id() {
        return id;
    }

    /** Parses "instagram", "IG", "YouTube", "yt", "tiktok", "tt"; throws with the accepted names otherwise. */
    public static Platform parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("platform is missing; expected one of instagram, youtube, tiktok");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "instagram":
            case "ig":
            case "insta":
                return INSTAGRAM;
            case "youtube":
            case "yt":
                return YOUTUBE;
            case "tiktok":
            case "tt":
            case "tik tok":
                return TIKTOK;
            default:
                throw new IllegalArgumentException(
                        "unknown platform '" + text + "'; expected one of instagram, youtube, tiktok");
        }
    }
}
