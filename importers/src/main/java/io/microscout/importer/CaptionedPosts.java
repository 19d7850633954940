package io.microscout.importer;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.time.Instant;

/** Builds a post whose hashtags, mentions and disclosure are read from its caption. */
public final class CaptionedPosts {
    private CaptionedPosts() {}

    /**
     * @param disclosedBySource the source's own paid-partnership flag (null when it has none); the post is
     *                          sponsored when that flag or the caption says so
     */
    public static Post of(
            CreatorKey creator,
            String id,
            Instant publishedAt,
            PostFormat format,
            String caption,
            Long likes,
            Long comments,
            Long views,
            Long shares,
            Long saves,
            Boolean disclosedBySource,
            String url) {
        CaptionSignals.Signals signals = CaptionSignals.of(caption);
        return new Post(
                creator,
                id,
                publishedAt,
                format,
                caption,
                signals.hashtags(),
                signals.mentions(),
                likes,
                comments,
                views,
                shares,
                saves,
                Boolean.TRUE.equals(disclosedBySource) || signals.sponsored(),
                url);
    }
}
