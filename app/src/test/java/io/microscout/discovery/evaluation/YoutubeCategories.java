package io.microscout.discovery.evaluation;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.CreatorProfile;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real labelled set: "Global YouTube Statistics 2023" (995 top channels, read in place, cp1252). A channel's
 * own words are its name and title (the only text the file has); its label is the file's {@code category} column,
 * which discovery never reads.
 */
final class YoutubeCategories {
    static final String FILE = "global-youtube-statistics-2023/Global YouTube Statistics.csv";

    private YoutubeCategories() {}

    static List<CreatorProfile> read(Path file) throws IOException {
        Map<CreatorKey, CreatorProfile> out = new LinkedHashMap<>();
        try (CsvTable rec = CsvTable.open(file, Charset.forName("windows-1252"))) {
            while (rec.next()) {
                String name = rec.cell("Youtuber").trim();
                String title = rec.cell("Title").trim();
                if (name.isEmpty()) {
                    continue;
                }
                CreatorKey key = CreatorKey.of(Platform.YOUTUBE, name);
                Creator c = Creator.builder(key)
                        .displayName(name)
                        .biography(title.equalsIgnoreCase(name) ? null : title)
                        .followers((long) Double.parseDouble(rec.get("subscribers")))
                        .countryCode(known(rec.get("Abbreviation")))
                        .category(known(rec.get("category")))
                        .build();
                out.putIfAbsent(key, new CreatorProfile(c, List.of(), null, null, null));
            }
        }
        return List.copyOf(out.values());
    }

    private static String known(String s) {
        return s == null || s.isBlank() || s.equalsIgnoreCase("nan") ? null : s.trim();
    }
}
