package io.microscout.importer.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** MicroScout's own CSV columns (docs/csv-format.md), by the name a header or {@code --map} uses. */
enum CsvColumn {
    PLATFORM,
    HANDLE,
    NAME,
    BIO,
    FOLLOWERS,
    FOLLOWING,
    POSTS,
    COUNTRY,
    LANGUAGE,
    VERIFIED,
    EMAIL,
    LINKS,
    PERSON,
    CATEGORY,
    PLATFORM_ID,
    TOTAL_VIEWS,
    TOTAL_LIKES,
    PROFILE_PICTURE,
    PRIVATE,
    OBSERVED_AT,
    AVG_LIKES,
    AVG_COMMENTS,
    AVG_VIEWS,
    ENGAGEMENT_RATE,
    POST_ID,
    PUBLISHED_AT,
    FORMAT,
    CAPTION,
    LIKES,
    COMMENTS,
    VIEWS,
    SHARES,
    SAVES,
    SPONSORED,
    URL,
    SNAPSHOT_AT;

    /** The header name: "platform_id". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of a header or --map name, case-insensitive; null when it is none of ours. */
    static CsvColumn byName(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (CsvColumn c : values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        return null;
    }

    static String allNames() {
        return Arrays.stream(values()).map(CsvColumn::id).collect(Collectors.joining(", "));
    }
}
