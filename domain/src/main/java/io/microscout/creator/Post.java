package io.microscout.creator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post (photo, carousel, video, reel/short, story) of a creator. Counts are {@code null} when the
 * source did not give them (a YouTube video fetched without {@code statistics}, a hidden like count).
 *
 * @param platformPostId the platform's id of the post; unique per platform
 * @param sponsored      disclosed as sponsored: #ad, #sponsored, a paid-partnership flag or "in partnership with"
 */
public record Post(
        CreatorKey creator,
        String platformPostId,
        Instant publishedAt,
        PostFormat format,
        String caption,
        List<String> hashtags,
        List<String> mentions,
        Long likes,
        Long comments,
        Long views,
        Long shares,
        Long saves,
        boolean sponsored,
        String url) {

    public Post {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(platformPostId, "platformPostId");
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Likes plus comments, or null when either is unknown. */
    public Long likesAndComments() {
        return likes == null || comments == null ? null : likes + comments;
    }
}
