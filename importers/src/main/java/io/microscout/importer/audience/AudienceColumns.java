package io.microscout.importer.audience;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** How the audience CSV files (follower samples, comments, media kits) are read: header, column names, cells. */
final class AudienceColumns {
    /** A header row; cells trimmed; unnamed columns allowed. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .get();

    private AudienceColumns() {}

    /** MicroScout's column name (lower case) -> the file's column, the file's own names first, then --map. */
    static Map<String, String> byName(List<String> header, Map<String, String> columnMap) {
        Map<String, String> byLower = new HashMap<>();
        header.forEach(h -> byLower.put(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), h));
        columnMap.forEach((ours, theirs) -> byLower.put(ours.toLowerCase(Locale.ROOT), theirs));
        return byLower;
    }

    /** The trimmed cell, or null when the column is absent or the cell empty. */
    static String cell(CSVRecord record, String column) {
        if (column == null || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column).trim();
        return v.isEmpty() ? null : v;
    }
}
