package io.microscout.importer.formats;

import io.microscout.importer.SourceReader;
import io.microscout.importer.csv.CsvSourceReader;
import io.microscout.importer.instagram.InstagramGraphReader;
import io.microscout.importer.tiktok.TikTokReader;
import io.microscout.importer.youtube.YouTubeDataReader;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The source readers by the name {@code import --format} takes. */
public final class SourceReaders {
    private static final List<Supplier<SourceReader>> ALL =
            List.of(InstagramGraphReader::new, YouTubeDataReader::new, TikTokReader::new, CsvSourceReader::new);

    private SourceReaders() {}

    /** The format names, in the order the help text lists them. */
    public static List<String> formats() {
        return ALL.stream().map(s -> s.get().format()).toList();
    }

    /** The reader of a format; an unknown name is an IllegalArgumentException naming the known ones. */
    public static SourceReader forFormat(String format) {
        String wanted = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        for (Supplier<SourceReader> supplier : ALL) {
            SourceReader reader = supplier.get();
            if (reader.format().equals(wanted)) {
                return reader;
            }
        }
        throw new IllegalArgumentException(
                "unknown import format '" + format + "'; expected one of " + String.join(", ", formats()));
    }
}
