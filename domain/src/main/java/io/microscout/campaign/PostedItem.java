package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A piece of content a creator posted for the campaign, with the metrics reported for it (null: not reported).
 *
 * @param url         the post's address: a post is recorded once per campaign, a later report updates its metrics
 * @param text        the caption or video description, checked for a disclosure
 * @param engagements likes + comments (+ shares and saves when the platform reports them)
 * @param sponsored   a paid item (every campaign deliverable is; an organic mention is not)
 */
public record PostedItem(
        CreatorKey creator,
        String url,
        Instant postedAt,
        String text,
        Long impressions,
        Long engagements,
        boolean sponsored) {
    public PostedItem {
        Objects.requireNonNull(creator, "creator");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a posted item needs its URL");
        }
        if (impressions != null && impressions < 0 || engagements != null && engagements < 0) {
            throw new IllegalArgumentException("impressions and engagements cannot be negative (" + url + ")");
        }
        text = text == null ? "" : text;
    }
}
