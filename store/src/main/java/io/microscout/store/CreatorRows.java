package io.microscout.store;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.StatedEngagement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code creators} table: a {@link Creator} per row. */
final class CreatorRows {
    static final List<String> COLUMNS = List.of(
            "platform",
            "handle",
            "platform_id",
            "person",
            "display_name",
            "biography",
            "country_code",
            "language_code",
            "followers",
            "following",
            "media_count",
            "total_views",
            "total_likes",
            "verified",
            "has_profile_picture",
            "private_account",
            "links",
            "contact_email",
            "category",
            "observed_at",
            "stated_avg_likes",
            "stated_avg_comments",
            "stated_avg_views",
            "stated_engagement_rate",
            "stated_source",
            "stated_columns",
            "stated_at");
    static final String SELECT_COLUMNS = "c.id, c." + String.join(", c.", COLUMNS);
    static final String SELECT = "SELECT " + SELECT_COLUMNS + " FROM creators c";
    static final String INSERT = "INSERT INTO creators (" + String.join(", ", COLUMNS) + ") VALUES ("
            + "?, ".repeat(COLUMNS.size() - 1) + "?)";
    static final String UPDATE = "UPDATE creators SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?";

    private CreatorRows() {}

    /** Binds every column in {@link #COLUMNS} order from parameter 1; returns the next parameter index. */
    static int bind(PreparedStatement ps, Creator c) throws SQLException {
        int i = 1;
        ps.setString(i++, c.platform().id());
        ps.setString(i++, c.handle());
        Jdbc.setText(ps, i++, c.platformId());
        Jdbc.setText(ps, i++, c.person());
        Jdbc.setText(ps, i++, c.displayName());
        Jdbc.setText(ps, i++, c.biography());
        Jdbc.setText(ps, i++, c.countryCode());
        Jdbc.setText(ps, i++, c.languageCode());
        Jdbc.setLong(ps, i++, c.followers());
        Jdbc.setLong(ps, i++, c.following());
        Jdbc.setLong(ps, i++, c.mediaCount());
        Jdbc.setLong(ps, i++, c.totalViews());
        Jdbc.setLong(ps, i++, c.totalLikes());
        Jdbc.setBool(ps, i++, c.verified());
        Jdbc.setBool(ps, i++, c.hasProfilePicture());
        Jdbc.setBool(ps, i++, c.privateAccount());
        Jdbc.setList(ps, i++, c.links());
        Jdbc.setText(ps, i++, c.contactEmail());
        Jdbc.setText(ps, i++, c.category());
        Jdbc.setInstant(ps, i++, c.observedAt());
        StatedEngagement s = c.stated();
        Jdbc.setDouble(ps, i++, s == null ? null : s.averageLikes());
        Jdbc.setDouble(ps, i++, s == null ? null : s.averageComments());
        Jdbc.setDouble(ps, i++, s == null ? null : s.averageViews());
        Jdbc.setDouble(ps, i++, s == null ? null : s.engagementRate());
        Jdbc.setText(ps, i++, s == null ? null : s.source());
        Jdbc.setText(ps, i++, s == null ? null : s.columnsText());
        Jdbc.setInstant(ps, i++, s == null ? null : s.importedAt());
        return i;
    }

    static CreatorKey key(ResultSet rs) throws SQLException {
        return CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle"));
    }

    static Creator read(ResultSet rs) throws SQLException {
        return Creator.builder(key(rs))
                .platformId(rs.getString("platform_id"))
                .person(rs.getString("person"))
                .displayName(rs.getString("display_name"))
                .biography(rs.getString("biography"))
                .countryCode(rs.getString("country_code"))
                .languageCode(rs.getString("language_code"))
                .followers(Jdbc.getLong(rs, "followers"))
                .following(Jdbc.getLong(rs, "following"))
                .mediaCount(Jdbc.getLong(rs, "media_count"))
                .totalViews(Jdbc.getLong(rs, "total_views"))
                .totalLikes(Jdbc.getLong(rs, "total_likes"))
                .verified(Jdbc.getBool(rs, "verified"))
                .hasProfilePicture(Jdbc.getBool(rs, "has_profile_picture"))
                .privateAccount(Jdbc.getBool(rs, "private_account"))
                .links(Jdbc.getList(rs, "links"))
                .contactEmail(rs.getString("contact_email"))
                .category(rs.getString("category"))
                .observedAt(Jdbc.getInstant(rs, "observed_at"))
                .stated(stated(rs))
                .build();
    }

    private static StatedEngagement stated(ResultSet rs) throws SQLException {
        String source = rs.getString("stated_source");
        if (source == null) {
            return null;
        }
        return new StatedEngagement(
                Jdbc.getDouble(rs, "stated_avg_likes"),
                Jdbc.getDouble(rs, "stated_avg_comments"),
                Jdbc.getDouble(rs, "stated_avg_views"),
                Jdbc.getDouble(rs, "stated_engagement_rate"),
                source,
                StatedEngagement.parseColumns(rs.getString("stated_columns")),
                Jdbc.getInstant(rs, "stated_at"));
    }

    /** The creator as it will read back from the database (times in microseconds, clean link list). */
    static Creator storable(Creator c) {
        String what = "creator " + c.key();
        Jdbc.fits(what, "handle", c.handle(), 255);
        Jdbc.fits(what, "platform id", c.platformId(), 255);
        Jdbc.fits(what, "person", c.person(), 255);
        Jdbc.fits(what, "country", c.countryCode(), 8);
        Jdbc.fits(what, "language", c.languageCode(), 8);
        Jdbc.fits(what, "contact e-mail", c.contactEmail(), 320);
        Jdbc.fits(what, "category", c.category(), 255);
        StatedEngagement s = c.stated();
        if (s != null) {
            Jdbc.fits(what, "stated engagement's source", s.source(), 1000);
            Jdbc.fits(what, "stated engagement's columns", s.columnsText(), 1000);
            s = new StatedEngagement(
                    s.averageLikes(),
                    s.averageComments(),
                    s.averageViews(),
                    s.engagementRate(),
                    s.source(),
                    s.columns(),
                    Jdbc.micros(s.importedAt()));
        }
        return c.toBuilder()
                .observedAt(Jdbc.micros(c.observedAt()))
                .stated(s)
                .links(Jdbc.storable(c.links()))
                .build();
    }
}
