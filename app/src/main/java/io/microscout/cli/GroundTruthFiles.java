package io.microscout.cli;

import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.evaluation.CategoryLabels;
import io.microscout.discovery.evaluation.LabelledSet;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the generator's ground-truth.csv (columns platform, handle, primary_niche, secondary_niche; docs/generator.md)
 * into a labelled set: one brief per niche, primary niche graded 2, secondary 1.
 */
final class GroundTruthFiles {
    private GroundTruthFiles() {}

    static LabelledSet read(Path file, int minRelevant) throws IOException {
        Map<CreatorKey, List<String>> niches = new LinkedHashMap<>();
        try (CsvTable rec = CsvTable.open(file, StandardCharsets.UTF_8)) {
            for (String column : List.of("platform", "handle", "primary_niche", "secondary_niche")) {
                if (!rec.has(column)) {
                    throw new UserException(file.getFileName() + ": no column " + column
                            + " (expected the generator's ground-truth.csv)");
                }
            }
            while (rec.next()) {
                try {
                    CreatorKey key = CreatorKey.of(
                            io.microscout.creator.Platform.parse(rec.cell("platform")), rec.cell("handle"));
                    String secondary = rec.cell("secondary_niche").trim();
                    niches.put(
                            key,
                            secondary.isEmpty()
                                    ? List.of(rec.cell("primary_niche").trim())
                                    : List.of(rec.cell("primary_niche").trim(), secondary));
                } catch (IllegalArgumentException e) {
                    throw new UserException(file.getFileName() + ": line " + rec.line() + ": " + e.getMessage());
                }
            }
        }
        return CategoryLabels.byNiche(
                "ground truth " + file.getFileName(),
                niches.size() + " creators labelled by the "
                        + "generator's ground truth: primary niche grade 2, secondary grade 1",
                niches,
                minRelevant);
    }
}
