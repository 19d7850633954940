package io.microscout.store;

import io.microscout.metrics.CreatorMetrics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code creator_metrics} table: the latest {@link CreatorMetrics} of a creator, one row each. */
final class MetricsRows {
    static final List<String> COLUMNS = List.of(
            "creator_id",
            "metrics_window",
            "posts_analysed",
            "engagement_rate_mean",
            "engagement_rate_median",
            "engagement_rate_by_views_mean",
            "engagement_rate_by_views_median",
            "average_likes",
            "median_likes",
            "average_comments",
            "median_comments",
            "average_views",
            "median_views",
            "posts_per_week",
            "follower_growth_30d",
            "follower_growth_90d",
            "engagement_volatility",
            "engagement_consistency",
            "comment_to_like_ratio",
            "sponsored_share",
            "computed_at",
            "stated_by");
    /** The metric columns prefixed with the table alias {@code m}, for joins. */
    static final String SELECT_COLUMNS = "m." + String.join(", m.", COLUMNS);

    private MetricsRows() {}

    static void bind(PreparedStatement ps, long creatorId, CreatorMetrics m) throws SQLException {
        int i = 1;
        ps.setLong(i++, creatorId);
        Jdbc.setText(ps, i++, m.window());
        ps.setInt(i++, m.postsAnalysed());
        Jdbc.setDouble(ps, i++, m.engagementRateMean());
        Jdbc.setDouble(ps, i++, m.engagementRateMedian());
        Jdbc.setDouble(ps, i++, m.engagementRateByViewsMean());
        Jdbc.setDouble(ps, i++, m.engagementRateByViewsMedian());
        Jdbc.setDouble(ps, i++, m.averageLikes());
        Jdbc.setDouble(ps, i++, m.medianLikes());
        Jdbc.setDouble(ps, i++, m.averageComments());
        Jdbc.setDouble(ps, i++, m.medianComments());
        Jdbc.setDouble(ps, i++, m.averageViews());
        Jdbc.setDouble(ps, i++, m.medianViews());
        Jdbc.setDouble(ps, i++, m.postsPerWeek());
        Jdbc.setDouble(ps, i++, m.followerGrowth30d());
        Jdbc.setDouble(ps, i++, m.followerGrowth90d());
        Jdbc.setDouble(ps, i++, m.engagementVolatility());
        Jdbc.setDouble(ps, i++, m.engagementConsistency());
        Jdbc.setDouble(ps, i++, m.commentToLikeRatio());
        Jdbc.setDouble(ps, i++, m.sponsoredShare());
        Jdbc.setInstant(ps, i++, m.computedAt());
        Jdbc.setText(ps, i, m.statedBy());
    }

    /** The metrics of the current row, or null when the creator has none (a LEFT JOIN without a match). */
    static CreatorMetrics read(ResultSet rs) throws SQLException {
        if (rs.getObject("creator_id") == null) {
            return null;
        }
        return new CreatorMetrics(
                rs.getString("metrics_window"),
                rs.getInt("posts_analysed"),
                Jdbc.getDouble(rs, "engagement_rate_mean"),
                Jdbc.getDouble(rs, "engagement_rate_median"),
                Jdbc.getDouble(rs, "engagement_rate_by_views_mean"),
                Jdbc.getDouble(rs, "engagement_rate_by_views_median"),
                Jdbc.getDouble(rs, "average_likes"),
                Jdbc.getDouble(rs, "median_likes"),
                Jdbc.getDouble(rs, "average_comments"),
                Jdbc.getDouble(rs, "median_comments"),
                Jdbc.getDouble(rs, "average_views"),
                Jdbc.getDouble(rs, "median_views"),
                Jdbc.getDouble(rs, "posts_per_week"),
                Jdbc.getDouble(rs, "follower_growth_30d"),
                Jdbc.getDouble(rs, "follower_growth_90d"),
                Jdbc.getDouble(rs, "engagement_volatility"),
                Jdbc.getDouble(rs, "engagement_consistency"),
                Jdbc.getDouble(rs, "comment_to_like_ratio"),
                Jdbc.getDouble(rs, "sponsored_share"),
                Jdbc.getInstant(rs, "computed_at"),
                rs.getString("stated_by"));
    }
}
