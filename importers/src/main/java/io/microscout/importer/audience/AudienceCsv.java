package io.microscout.importer.audience;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.CommentSample;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.csv.CsvTable;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads follower-sample and comments CSV files (the generator's {@code followers-sample.csv} and
 * {@code comments.csv}, or any file with those columns): valid rows with their creator, and a problem naming
 * the line and field for every bad cell.
 */
public final class AudienceCsv {
    /** Rows read and problems found. */
    public record Read<T>(List<AudienceRow<T>> rows, List<ImportProblem> problems, int recordsRead) {}

    private AudienceCsv() {}

    /**
     * Follower profiles, one per row, in the columns of {@link AccountProfilesCsv}; the creator from
     * {@code fixed}, a {@code creator} column, or {@code platform} + {@code handle} beside a {@code username}.
     */
    public static Read<AccountProfile> followers(Path file, ImportOptions options, CreatorKey fixed)
            throws IOException {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, CreatorKey> creatorOfLine = new HashMap<>();
        int records = 0;
        try (CsvTable record = AudienceColumns.open(file, options)) {
            List<String> header = record.header();
            boolean hasUsername = header.stream().anyMatch(h -> h.trim().equalsIgnoreCase("username"))
                    || options.columnMap().containsKey("username");
            CreatorColumns creators = CreatorColumns.of(header, fixed, options.defaultPlatform(), hasUsername, name);
            while (record.next()) {
                records++;
                long line = record.line();
                CreatorKey k = creators.of(record, name, line, problems);
                if (k != null) {
                    creatorOfLine.put(line, k);
                }
            }
        }
        AccountProfilesCsv.Read profiles = AccountProfilesCsv.read(file, options.columnMap(), options.encoding());
        problems.addAll(profiles.problems());
        List<AudienceRow<AccountProfile>> rows = new ArrayList<>();
        for (AccountProfilesCsv.Row r : profiles.rows()) {
            CreatorKey k = creatorOfLine.get(r.line());
            if (k != null) {
                rows.add(new AudienceRow<>(r.line(), k, r.profile()));
            }
        }
        return new Read<>(rows, problems, records);
    }

    /** Comments, one per row: {@code text} (required), {@code post_id}, {@code author}; the creator as above. */
    public static Read<CommentSample> comments(Path file, ImportOptions options, CreatorKey fixed) throws IOException {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        List<AudienceRow<CommentSample>> rows = new ArrayList<>();
        int records = 0;
        try (CsvTable record = AudienceColumns.open(file, options)) {
            List<String> header = record.header();
            CreatorColumns creators = CreatorColumns.of(header, fixed, options.defaultPlatform(), true, name);
            Map<String, String> byLower = AudienceColumns.byName(header, options.columnMap());
            String text = byLower.get("text");
            if (text == null) {
                throw new IllegalArgumentException(name + ": no column text (the comment); the file has " + header);
            }
            String post = byLower.get("post_id");
            String author = byLower.get("author");
            while (record.next()) {
                records++;
                long line = record.line();
                CreatorKey k = creators.of(record, name, line, problems);
                String t = record.cell(text);
                if (t.isBlank()) {
                    problems.add(new ImportProblem(name, "line " + line, "text", "the comment is empty"));
                } else if (k != null) {
                    rows.add(new AudienceRow<>(
                            line,
                            k,
                            new CommentSample(
                                    AudienceColumns.cell(record, post), AudienceColumns.cell(record, author), t)));
                }
            }
        }
        return new Read<>(rows, problems, records);
    }
}
