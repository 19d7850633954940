package io.microscout.importer.youtube;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.CaptionedPosts;
import io.microscout.importer.json.JsonRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A {@code youtube#video} resource. Its caption is the title and description. Without
 * {@code statistics} its counts are unknown. A video of at most 60 seconds ({@code contentDetails.duration})
 * or tagged #shorts is a short, any other a video ("YouTube Shorts" help page: up to 60 s, extended to
 * 3 minutes in October 2024; a longer short tagged #shorts is still found by the tag).
 */
final class YouTubeVideos {
    static final Duration SHORT_MAX = Duration.ofSeconds(60);

    private YouTubeVideos() {}

    static Post read(JsonRecord r, CreatorKey channel) {
        String id = r.requiredText("id");
        Instant at = r.time("snippet.publishedAt");
        if (at == null && r.valid()) {
            r.invalid("snippet.publishedAt", "is missing");
        }
        String title = r.text("snippet.title");
        String description = r.text("snippet.description");
        String caption = title == null ? description : description == null ? title : title + "\n\n" + description;
        Duration duration = duration(r);
        Long views = r.count("statistics.viewCount");
        Long likes = r.count("statistics.likeCount");
        Long comments = r.count("statistics.commentCount");
        Boolean paidPlacement = r.bool("paidProductPlacementDetails.hasPaidProductPlacement");
        if (!r.valid()) {
            return null;
        }
        boolean shortVideo = duration != null && duration.compareTo(SHORT_MAX) <= 0 && !duration.isZero()
                || CaptionSignals.hashtags(caption).contains("shorts");
        return CaptionedPosts.of(
                channel,
                id,
                at,
                shortVideo ? PostFormat.SHORT_VIDEO : PostFormat.VIDEO,
                caption,
                likes,
                comments,
                views,
                null,
                null,
                paidPlacement,
                "https://www.youtube.com/watch?v=" + id);
    }

    /** ISO-8601 duration ("PT1M5S"); "P0D" is what a live broadcast reports. */
    private static Duration duration(JsonRecord r) {
        String text = r.text("contentDetails.duration");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            r.invalid("contentDetails.duration", "'" + text + "' is not an ISO-8601 duration such as PT1M5S");
            return null;
        }
    }
}
