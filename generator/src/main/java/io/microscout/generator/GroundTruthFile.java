package io.microscout.generator;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground truth in a ground-truth.csv written by {@link CatalogFiles}, from its rows as a CSV reader gives them
 * (header name to cell; the application reads them with its one CSV reader, {@code CsvTable}). Lists in a cell
 * are joined by '|'.
 */
public final class GroundTruthFile {
    private static final String HEADER = "platform,handle,person,tier,followers,primary_niche,secondary_niche,"
            + "values,risks,fraud,fake_follower_share,sample_fake_count";

    private GroundTruthFile() {}

    static String header() {
        return HEADER;
    }

    /** The creators' ground truth from the file's rows; {@code file} names it in errors (line 2 is the first row). */
    public static Map<CreatorKey, GroundTruth> of(String file, List<Map<String, String>> rows) {
        Map<CreatorKey, GroundTruth> truth = new LinkedHashMap<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            for (String column : HEADER.split(",")) {
                if (!row.containsKey(column)) {
                    throw new IllegalArgumentException(file + ": line " + line + ": no column " + column
                            + " (expected the generator's header " + HEADER + ")");
                }
            }
            Platform platform = Platform.parse(row.get("platform"));
            String handle = row.get("handle");
            String secondary = row.get("secondary_niche");
            try {
                truth.put(
                        CreatorKey.of(platform, handle),
                        new GroundTruth(
                                platform,
                                handle,
                                row.get("person"),
                                row.get("primary_niche"),
                                secondary.isEmpty() ? null : secondary,
                                list(row.get("values")),
                                list(row.get("risks")),
                                FraudKind.valueOf(row.get("fraud").toUpperCase(java.util.Locale.ROOT)),
                                Double.parseDouble(row.get("fake_follower_share")),
                                Integer.parseInt(row.get("sample_fake_count"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": line " + line + ": " + e.getMessage(), e);
            }
        }
        return truth;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
