package io.microscout.importer;

import java.util.List;
import java.util.Locale;

/**
 * The source formats {@code import --format} knows, by name. (Placeholder until the importers branch brings the
 * readers: instagram-graph, youtube, tiktok, csv; the lead reconciles the two versions.)
 */
public final class SourceReaders {
    private static final List<SourceReader> ALL = List.of();

    private SourceReaders() {
    }

    public static List<SourceReader> all() {
        return ALL;
    }

    public static SourceReader forFormat(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.format().equals(f)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "'; expected one of "
                        + (ALL.isEmpty() ? "(no readers in this build)" : String.join(", ",
                        ALL.stream().map(SourceReader::format).toList()))));
    }
}
