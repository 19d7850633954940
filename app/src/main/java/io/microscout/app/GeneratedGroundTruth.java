package io.microscout.app;

import io.microscout.creator.CreatorKey;
import io.microscout.generator.GroundTruth;
import io.microscout.generator.GroundTruthFile;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The generator's ground-truth.csv, read with the application's one CSV reader ({@link CsvTable}). */
public final class GeneratedGroundTruth {
    private GeneratedGroundTruth() {}

    public static Map<CreatorKey, GroundTruth> read(Path file) throws IOException {
        return GroundTruthFile.of(file.toString(), CsvTable.rows(file, StandardCharsets.UTF_8));
    }
}
