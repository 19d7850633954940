package io.microscout.importer.audience;

import io.microscout.importer.ImportOptions;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the audience CSV files (follower samples, comments, media kits) are read: header, column names, cells. */
final class AudienceColumns {
    private AudienceColumns() {}

    /** The file in the import's encoding, a header line first, spaces around cells dropped. */
    static CsvTable open(Path file, ImportOptions options) throws IOException {
        return CsvTable.open(file, options.encoding(), CsvTable.Spaces.TRIMMED);
    }

    /** MicroScout's column name (lower case) -> the file's column, the file's own names first, then --map. */
    static Map<String, String> byName(List<String> header, Map<String, String> columnMap) {
        Map<String, String> byLower = new HashMap<>();
        header.forEach(h -> byLower.put(h.trim().toLowerCase(Locale.ROOT), h));
        columnMap.forEach((ours, theirs) -> byLower.put(ours.toLowerCase(Locale.ROOT), theirs));
        return byLower;
    }

    /** The trimmed cell, or null when the column is absent or the cell empty. */
    static String cell(CsvTable record, String column) {
        String v = column == null ? null : record.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
