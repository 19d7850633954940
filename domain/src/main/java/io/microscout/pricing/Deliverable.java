package io.microscout.pricing;

import io.microscout.creator.Platform;
import java.util.Locale;

/** What a brand buys from a creator: one piece of content of one format on one platform. */
public enum Deliverable {
    INSTAGRAM_POST(Platform.INSTAGRAM, "Instagram post"),
    INSTAGRAM_CAROUSEL(Platform.INSTAGRAM, "Instagram carousel"),
    INSTAGRAM_REEL(Platform.INSTAGRAM, "Instagram reel"),
    INSTAGRAM_STORY(Platform.INSTAGRAM, "Instagram story with link"),
    /** A sponsored segment inside a long-form video (the common YouTube buy). */
    YOUTUBE_VIDEO(Platform.YOUTUBE, "YouTube integration (long-form video)"),
    /** A whole long-form video about the brand. */
    YOUTUBE_DEDICATED(Platform.YOUTUBE, "YouTube dedicated video"),
    YOUTUBE_SHORT(Platform.YOUTUBE, "YouTube Short"),
    TIKTOK_VIDEO(Platform.TIKTOK, "TikTok video");

    private final Platform platform;
    private final String label;

    Deliverable(Platform platform, String label) {
        this.platform = platform;
        this.label = label;
    }

    public Platform platform() {
        return platform;
    }

    /** Words for a marketer ("Instagram reel"). */
    public String label() {
        return label;
    }

    /** The id used in files, the CLI and JSON ("instagram-reel"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Deliverable parse(String text) {
        String t = text == null
                ? ""
                : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Deliverable d : values()) {
            if (d.id().equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown deliverable '" + text + "'; expected one of "
                + "instagram-post, instagram-carousel, instagram-reel, instagram-story, youtube-video "
                + "(an integration), youtube-dedicated, youtube-short, tiktok-video");
    }
}
