package io.microscout.importer.instagram;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.CaptionedPosts;
import io.microscout.importer.json.JsonRecord;
import java.time.Instant;
import java.util.Locale;

/** An IG Media node: id, timestamp, media_type / media_product_type, caption, like and comment counts. */
final class InstagramMedia {
    private InstagramMedia() {}

    /** The media as a post of {@code owner}, or null when the record is invalid (its problems are logged). */
    static Post read(JsonRecord r, CreatorKey owner) {
        String id = r.requiredText("id");
        Instant at = r.time("timestamp");
        if (at == null && r.valid()) {
            r.invalid("timestamp", "is missing");
        }
        PostFormat format = format(r);
        String caption = r.text("caption");
        Long likes = r.count("like_count");
        Long comments = r.count("comments_count");
        Long views = r.count("view_count");
        String permalink = r.text("permalink");
        if (!r.valid()) {
            return null;
        }
        return CaptionedPosts.of(owner, id, at, format, caption, likes, comments, views, null, null, null, permalink);
    }

    /**
     * IMAGE is a photo, CAROUSEL_ALBUM a carousel, VIDEO a video; a media_product_type of REELS (or a
     * media_type REELS) makes it a short video and STORY a story. Without media_type: a photo.
     */
    static PostFormat format(JsonRecord r) {
        String product = upper(r.text("media_product_type"));
        String type = upper(r.text("media_type"));
        if ("REELS".equals(product) || "REELS".equals(type)) {
            return PostFormat.SHORT_VIDEO;
        }
        if ("STORY".equals(product)) {
            return PostFormat.STORY;
        }
        if (type == null) {
            return PostFormat.PHOTO;
        }
        switch (type) {
            case "IMAGE":
                return PostFormat.PHOTO;
            case "CAROUSEL_ALBUM":
                return PostFormat.CAROUSEL;
            case "VIDEO":
                return PostFormat.VIDEO;
            default:
                r.invalid(
                        "media_type",
                        "unknown media type '" + type + "'; expected IMAGE, CAROUSEL_ALBUM, VIDEO or REELS");
                return null;
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
