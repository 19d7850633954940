package io.microscout.importer.audience;

import io.microscout.audience.AudienceKind;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceData;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ProblemLog;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a creator's media kit as a CSV of audience shares, one row per value: {@code dimension} (country,
 * language, age, gender; city is read and left out), {@code value} (DE or Germany, de or German, 18-24,
 * female), {@code share} (0.42, 42 or 42%), and optionally {@code kind} (followers, the default, or engaged).
 * The creator comes from {@code --creator}, a {@code creator} column or {@code platform} + {@code handle}.
 * Every bad cell is a problem naming its line and column.
 */
final class MediaKitCsv {
    /** One creator's audience of one kind, from the rows of the file. */
    record Kit(CreatorKey creator, AudienceKind kind, AudienceData shares, long firstLine) {}

    record Read(List<Kit> kits, int recordsRead) {}

    private MediaKitCsv() {}

    static Read read(Path file, ImportOptions options, CreatorKey fixed, ProblemLog problems) throws IOException {
        String name = file.getFileName().toString();
        Map<String, DemographicShares> groups = new LinkedHashMap<>();
        Map<String, Map<String, Boolean>> percentCells = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Object[]> keys = new HashMap<>();
        int records = 0;
        try (CsvTable record = AudienceColumns.open(file, options)) {
            List<String> header = record.header();
            CreatorColumns creators = CreatorColumns.of(header, fixed, options.defaultPlatform(), true, name);
            Map<String, String> byLower = AudienceColumns.byName(header, options.columnMap());
            for (String required : List.of("dimension", "value", "share")) {
                if (!byLower.containsKey(required)) {
                    throw new IllegalArgumentException(
                            name + ": no column " + required + "; a media kit has the columns"
                                    + " dimension, value and share (and creator or --creator); the file has " + header);
                }
            }
            List<io.microscout.importer.ImportProblem> creatorProblems = new ArrayList<>();
            while (record.next()) {
                records++;
                long line = record.line();
                String where = "line " + line;
                CreatorKey creator = creators.of(record, name, line, creatorProblems);
                creatorProblems.forEach(p -> problems.add(p.location(), p.field(), p.message()));
                creatorProblems.clear();
                if (creator == null) {
                    continue;
                }
                AudienceKind kind = AudienceKind.FOLLOWERS;
                String kindCell = AudienceColumns.cell(record, byLower.get("kind"));
                if (kindCell != null) {
                    try {
                        kind = AudienceKind.parse(kindCell);
                    } catch (IllegalArgumentException e) {
                        problems.add(where, "kind", e.getMessage());
                        continue;
                    }
                }
                String dimension = AudienceColumns.cell(record, byLower.get("dimension"));
                String value = AudienceColumns.cell(record, byLower.get("value"));
                String share = AudienceColumns.cell(record, byLower.get("share"));
                if (dimension == null || value == null || share == null) {
                    problems.add(
                            where,
                            dimension == null ? "dimension" : value == null ? "value" : "share",
                            "empty; every row names a dimension, a value and its share");
                    continue;
                }
                boolean percent = share.endsWith("%");
                double figure;
                try {
                    figure = Double.parseDouble((percent ? share.substring(0, share.length() - 1) : share)
                            .trim()
                            .replace(',', '.'));
                } catch (NumberFormatException e) {
                    problems.add(where, "share", "\"" + share + "\" is not a share (expected e.g. 0.42, 42 or 42%)");
                    continue;
                }
                String group = creator + "|" + kind;
                keys.putIfAbsent(group, new Object[] {creator, kind});
                firstLine.putIfAbsent(group, line);
                DemographicShares shares = groups.computeIfAbsent(group, g -> new DemographicShares());
                if (shares.add(dimension, value, figure, where, problems) && percent) {
                    percentCells
                            .computeIfAbsent(group, g -> new HashMap<>())
                            .put(dimension.trim().toLowerCase(Locale.ROOT), true);
                }
            }
        }
        List<Kit> kits = new ArrayList<>();
        groups.forEach((group, shares) -> {
            if (shares.isEmpty()) {
                return;
            }
            Object[] k = keys.get(group);
            AudienceData data = shares.fromShares(
                    percentCells.getOrDefault(group, Map.of()), "line " + firstLine.get(group), problems);
            kits.add(new Kit((CreatorKey) k[0], (AudienceKind) k[1], data, firstLine.get(group)));
        });
        return new Read(kits, records);
    }
}
