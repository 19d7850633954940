package io.microscout.store;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code posts} table: a {@link Post} per row, its creator by id. */
final class PostRows {
    static final List<String> COLUMNS = List.of(
            "creator_id",
            "platform",
            "platform_post_id",
            "published_at",
            "format",
            "caption",
            "hashtags",
            "mentions",
            "likes",
            "comments",
            "views",
            "shares",
            "saves",
            "sponsored",
            "url");
    /** Posts with their creator's key columns. */
    static final String SELECT_COLUMNS = "p.id, c.platform, c.handle, p.platform_post_id, p.published_at, p.format,"
            + " p.caption, p.hashtags, p.mentions, p.likes, p.comments, p.views, p.shares, p.saves, p.sponsored,"
            + " p.url, p.creator_id";

    static final String SELECT = "SELECT " + SELECT_COLUMNS + " FROM posts p JOIN creators c ON c.id = p.creator_id";
    /** Posts without their creator's key columns, for callers that know the creator by {@code creator_id}. */
    static final String SELECT_BY_CREATOR_ID = "SELECT p.id, p.platform_post_id, p.published_at, p.format, p.caption,"
            + " p.hashtags, p.mentions, p.likes, p.comments, p.views, p.shares, p.saves, p.sponsored, p.url,"
            + " p.creator_id FROM posts p";

    static final String INSERT =
            "INSERT INTO posts (" + String.join(", ", COLUMNS) + ") VALUES (" + "?, ".repeat(COLUMNS.size() - 1) + "?)";
    static final String UPDATE = "UPDATE posts SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?";

    private PostRows() {}

    /** Binds the row's values to the first parameters; returns the index of the next one. */
    static int bind(PreparedStatement ps, long creatorId, Post p) throws SQLException {
        BoundRow row = new BoundRow(ps);
        values(row, creatorId, p);
        return row.next();
    }

    /** The row's values in the order of {@link #COLUMNS}: bound ({@link #bind}) or copied ({@link PostgresCopy}). */
    static void values(RowValues row, long creatorId, Post p) throws SQLException {
        row.number(creatorId)
                .text(p.creator().platform().id())
                .text(p.platformPostId())
                .moment(p.publishedAt())
                .text(p.format().id())
                .text(p.caption())
                .list(p.hashtags())
                .list(p.mentions())
                .number(p.likes())
                .number(p.comments())
                .number(p.views())
                .number(p.shares())
                .number(p.saves())
                .bool(p.sponsored())
                .text(p.url());
    }

    static Post read(ResultSet rs) throws SQLException {
        return read(rs, CreatorRows.key(rs));
    }

    /** A row of {@link #SELECT} or {@link #SELECT_BY_CREATOR_ID}, as a post of {@code creator}. */
    static Post read(ResultSet rs, CreatorKey creator) throws SQLException {
        return new Post(
                creator,
                rs.getString("platform_post_id"),
                Jdbc.getInstant(rs, "published_at"),
                PostFormat.parse(rs.getString("format")),
                rs.getString("caption"),
                Jdbc.getList(rs, "hashtags"),
                Jdbc.getList(rs, "mentions"),
                Jdbc.getLong(rs, "likes"),
                Jdbc.getLong(rs, "comments"),
                Jdbc.getLong(rs, "views"),
                Jdbc.getLong(rs, "shares"),
                Jdbc.getLong(rs, "saves"),
                rs.getBoolean("sponsored"),
                rs.getString("url"));
    }

    static Post storable(Post p) {
        if (p.format() == null) {
            throw new IllegalArgumentException("post " + p.platformPostId() + " of " + p.creator() + " has no format");
        }
        Jdbc.fits("post of " + p.creator(), "post id", p.platformPostId(), 255);
        return new Post(
                p.creator(),
                p.platformPostId(),
                Jdbc.micros(p.publishedAt()),
                p.format(),
                p.caption(),
                Jdbc.storable(p.hashtags()),
                Jdbc.storable(p.mentions()),
                p.likes(),
                p.comments(),
                p.views(),
                p.shares(),
                p.saves(),
                p.sponsored(),
                p.url());
    }
}
