package io.microscout.importer.tiktok;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.CaptionedPosts;
import io.microscout.importer.json.JsonRecord;
import java.time.Instant;

/**
 * A TikTok Video object (fields of {@code /v2/video/list/}: id, create_time in Unix seconds, title,
 * video_description, duration, share_url, view_count, like_count, comment_count, share_count). Every TikTok
 * video is a short video. Its caption is the description (the title when there is no description).
 */
final class TikTokVideos {
    private TikTokVideos() {}

    static Post read(JsonRecord r, CreatorKey creator) {
        String id = r.requiredText("id");
        Instant at = r.time("create_time");
        if (at == null && r.valid()) {
            r.invalid("create_time", "is missing");
        }
        String description = r.text("video_description");
        String caption = description == null || description.isBlank() ? r.text("title") : description;
        Long views = r.count("view_count");
        Long likes = r.count("like_count");
        Long comments = r.count("comment_count");
        Long shares = r.count("share_count");
        String url = r.text("share_url");
        if (!r.valid()) {
            return null;
        }
        return CaptionedPosts.of(
                creator, id, at, PostFormat.SHORT_VIDEO, caption, likes, comments, views, shares, null, null, url);
    }
}
