package io.microscout.authenticity;

import java.util.Objects;

/**
 * One account's engagement per post, most recent post first: likes, comments and publication times
 * (epoch seconds; 0 when unknown). Used to learn what normal engagement looks like.
 */
public record EngagementSeries(String id, long followers, long[] likes, long[] comments, long[] publishedAt) {
    public EngagementSeries {
        Objects.requireNonNull(id, "id");
        if (likes.length != comments.length || likes.length != publishedAt.length) {
            throw new IllegalArgumentException(id + ": likes, comments and times differ in length");
        }
    }

    public int posts() {
        return likes.length;
    }
}
