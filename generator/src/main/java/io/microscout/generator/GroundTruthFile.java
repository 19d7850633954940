package io.microscout.generator;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a ground-truth.csv written by {@link CatalogFiles}. Its fields never hold commas or quotes (ids,
 * handles, numbers, lists joined by '|'), so a line splits on commas.
 */
public final class GroundTruthFile {
    private static final String HEADER = "platform,handle,person,tier,followers,primary_niche,secondary_niche,"
            + "values,risks,fraud,fake_follower_share,sample_fake_count";

    private GroundTruthFile() {}

    static String header() {
        return HEADER;
    }

    public static Map<CreatorKey, GroundTruth> read(Path file) throws IOException {
        Map<CreatorKey, GroundTruth> truth = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException(file + ": line 1: expected the header " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                String[] f = line.split(",", -1);
                if (f.length != 12) {
                    throw new IllegalArgumentException(
                            file + ": line " + number + ": expected 12 fields, got " + f.length);
                }
                Platform platform = Platform.parse(f[0]);
                truth.put(
                        CreatorKey.of(platform, f[1]),
                        new GroundTruth(
                                platform,
                                f[1],
                                f[2],
                                f[5],
                                f[6].isEmpty() ? null : f[6],
                                list(f[7]),
                                list(f[8]),
                                FraudKind.valueOf(f[9].toUpperCase(java.util.Locale.ROOT)),
                                Double.parseDouble(f[10]),
                                Integer.parseInt(f[11])));
            }
        }
        return truth;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
