package io.microscout.importer;

import io.microscout.creator.Platform;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * How to read a file.
 *
 * @param columnMap       MicroScout's column name -> the file's column name (CSV only; empty for own columns)
 * @param encoding        the file's encoding; UTF-8 by default (a BOM is always understood)
 * @param defaultPlatform platform of records that do not name one (CSV without a platform column, say)
 * @param skipInvalid     store the valid records and report the invalid ones, instead of storing nothing
 * @param importedAt      the time given to profiles and snapshots whose source has no time of its own; the
 *                        import service sets it per file to the file's last-modified time (when the response
 *                        was saved), so that importing the same file again changes nothing
 * @param allowForgotten  import creators recorded as forgotten on request (microscout forget) instead of skipping
 *                        them with a warning
 */
public record ImportOptions(
        Map<String, String> columnMap,
        Charset encoding,
        Platform defaultPlatform,
        boolean skipInvalid,
        Instant importedAt,
        boolean allowForgotten) {

    public ImportOptions {
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        importedAt = importedAt == null ? Instant.now() : importedAt;
    }

    /** Forgotten creators are skipped with a warning. */
    public ImportOptions(
            Map<String, String> columnMap,
            Charset encoding,
            Platform defaultPlatform,
            boolean skipInvalid,
            Instant importedAt) {
        this(columnMap, encoding, defaultPlatform, skipInvalid, importedAt, false);
    }

    public ImportOptions observedAt(Instant time) {
        return new ImportOptions(columnMap, encoding, defaultPlatform, skipInvalid, time, allowForgotten);
    }

    public ImportOptions withAllowForgotten(boolean allow) {
        return new ImportOptions(columnMap, encoding, defaultPlatform, skipInvalid, importedAt, allow);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, Instant.now());
    }
}
