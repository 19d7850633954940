package io.microscout.creator;

import java.util.Locale;

/** What kind of content a post is. Reels, YouTube Shorts and TikTok videos are {@link #SHORT_VIDEO}. */
public enum PostFormat {
    PHOTO,
    CAROUSEL,
    VIDEO,
    SHORT_VIDEO,
    STORY;

    public boolean isVideo() {
        return this == VIDEO || this == SHORT_VIDEO;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses our own names and the platforms' (IMAGE, CAROUSEL_ALBUM, VIDEO, REELS, short, story...). */
    public static PostFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (t) {
            case "photo":
            case "image":
            case "picture":
                return PHOTO;
            case "carousel":
            case "carousel-album":
            case "album":
                return CAROUSEL;
            case "video":
            case "igtv":
            case "long-video":
                return VIDEO;
            case "short-video":
            case "reel":
            case "reels":
            case "short":
            case "shorts":
            case "clip":
                return SHORT_VIDEO;
            case "story":
            case "stories":
                return STORY;
            default:
                throw new IllegalArgumentException(
                        "unknown post format '" + text + "'; expected photo, carousel, video, reel/short, story");
        }
    }
}
