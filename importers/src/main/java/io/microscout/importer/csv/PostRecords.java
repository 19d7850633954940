package io.microscout.importer.csv;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.PostFormat;
import io.microscout.importer.CaptionedPosts;
import io.microscout.importer.ImportReadBuilder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A posts file: one post per row; the hot path of large imports, so it only calls allocation-light parsers. */
final class PostRecords implements CsvRecords {
    private static final Map<Platform, PostFormat> DEFAULT_FORMAT = new EnumMap<>(Map.of(
            Platform.INSTAGRAM,
            PostFormat.PHOTO,
            Platform.YOUTUBE,
            PostFormat.VIDEO,
            Platform.TIKTOK,
            PostFormat.SHORT_VIDEO));
    private String lastFormatText;
    private PostFormat lastFormat;

    @Override
    public void read(CsvRow row, ImportReadBuilder out) {
        CreatorKey key = row.creator();
        String postId = row.required(CsvColumn.POST_ID);
        Instant publishedAt = row.requiredTime(CsvColumn.PUBLISHED_AT);
        PostFormat format = format(row, key);
        Long likes = row.count(CsvColumn.LIKES);
        Long comments = row.count(CsvColumn.COMMENTS);
        Long views = row.count(CsvColumn.VIEWS);
        Long shares = row.count(CsvColumn.SHARES);
        Long saves = row.count(CsvColumn.SAVES);
        Boolean sponsored = row.bool(CsvColumn.SPONSORED);
        if (!row.valid() || key == null) {
            return;
        }
        String caption = row.text(CsvColumn.CAPTION);
        out.add(
                CaptionedPosts.of(
                        key,
                        postId,
                        publishedAt,
                        format,
                        caption,
                        likes,
                        comments,
                        views,
                        shares,
                        saves,
                        sponsored,
                        row.text(CsvColumn.URL)),
                row.location());
    }

    /**
     * photo, carousel, video, reel/short, story. When the column is absent or empty: what the platform
     * mostly holds, a photo on Instagram, a video on YouTube, a short video on TikTok.
     */
    private PostFormat format(CsvRow row, CreatorKey key) {
        String t = row.text(CsvColumn.FORMAT);
        if (t == null) {
            return key == null ? null : DEFAULT_FORMAT.get(key.platform());
        }
        if (!t.equals(lastFormatText)) {
            try {
                lastFormat = PostFormat.parse(t);
                lastFormatText = t;
            } catch (IllegalArgumentException e) {
                row.problem(CsvColumn.FORMAT, e.getMessage());
                return null;
            }
        }
        return lastFormat;
    }
}
