package io.microscout.store;

import io.microscout.creator.CreatorFilter;
import io.microscout.creator.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A {@link CreatorFilter} as SQL over {@code creators c LEFT JOIN creator_metrics m LEFT JOIN creator_authenticity a}: a WHERE clause and its
 * parameters. The authenticity bound applies to the stored score ({@code creator_authenticity}, V3); a creator
 * with "not enough data" or never scored does not pass it. Engagement bounds apply to the mean engagement rate by followers; a creator whose filtered value
 * is unknown does not pass that filter. Country codes are
 * stored upper case and language codes lower case (as the domain model has them). Text matches handle, display name or biography, ignoring case.
 */
final class FilterSql {
    /** The tables a filter reads: creators with their metrics and stored authenticity. */
    static final String FROM = " FROM creators c LEFT JOIN creator_metrics m ON m.creator_id = c.id"
            + " LEFT JOIN creator_authenticity a ON a.platform = c.platform AND a.handle = c.handle";

    static final String ENTRY_SELECT =
            CreatorRows.SELECT.replace(" FROM creators c", ", " + MetricsRows.SELECT_COLUMNS + FROM);

    final String where;
    final List<Object> params;

    private FilterSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static FilterSql of(CreatorFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        range(conditions, params, "a.score", f.minAuthenticity(), null, true);
        if (!f.platforms().isEmpty()) {
            conditions.add("c.platform IN (" + marks(f.platforms().size()) + ")");
            f.platforms().stream().map(Platform::id).sorted().forEach(params::add);
        }
        range(conditions, params, "c.followers", f.minFollowers(), f.maxFollowers(), false);
        range(conditions, params, "m.engagement_rate_mean", f.minEngagementRate(), f.maxEngagementRate(), true);
        in(
                conditions,
                params,
                "c.country_code",
                f.countryCodes().stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
        in(
                conditions,
                params,
                "c.language_code",
                f.languageCodes().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%"
                    + f.text()
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_") + "%";
            conditions.add("(LOWER(c.handle) LIKE ? ESCAPE '!' OR LOWER(c.display_name) LIKE ? ESCAPE '!'"
                    + " OR LOWER(c.biography) LIKE ? ESCAPE '!')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return new FilterSql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** Min inclusive; max exclusive for followers (tier brackets), inclusive for rates. */
    private static void range(
            List<String> conditions, List<Object> params, String column, Object min, Object max, boolean maxInclusive) {
        if (min != null) {
            conditions.add(column + " >= ?");
            params.add(min);
        }
        if (max != null) {
            conditions.add(column + (maxInclusive ? " <= ?" : " < ?"));
            params.add(max);
        }
    }

    private static void in(List<String> conditions, List<Object> params, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (" + marks(values.size()) + ")");
            values.stream().sorted().forEach(params::add);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
