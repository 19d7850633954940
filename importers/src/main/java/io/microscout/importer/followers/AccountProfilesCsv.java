package io.microscout.importer.followers;

import io.microscout.authenticity.AccountProfile;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.csv.CsvTable;
import io.microscout.importer.csv.SpreadsheetValues;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV of account profiles, one account per row (a creator's follower sample, or accounts to classify).
 * Columns, case-insensitive: {@code username} (or {@code handle}), {@code followers}, {@code following},
 * {@code posts}, {@code bio} (text: its length is the feature) or {@code bio_length} (a number),
 * {@code profile_picture}, {@code private}, {@code username_length}, {@code username_digits},
 * {@code username_digit_share} (digits as a share of the username, 0..1), {@code external_url} (a flag),
 * {@code account_age_days} (whole days since the account was created). Any other
 * file is read through a mapping (MicroScout's column = the file's column), as the catalog's CSV import.
 * Every bad cell is reported with its line and column; unknown cells stay unknown.
 */
public final class AccountProfilesCsv {
    static final List<String> COLUMNS = List.of(
            "username",
            "followers",
            "following",
            "posts",
            "bio",
            "bio_length",
            "profile_picture",
            "private",
            "username_length",
            "username_digits",
            "username_digit_share",
            "external_url",
            "account_age_days");

    /** One account read from the file; {@code row} counts data rows from 1, {@code line} is the file's line. */
    public record Row(int row, long line, AccountProfile profile, String label) {
        public Row(int row, long line, AccountProfile profile) {
            this(row, line, profile, null);
        }
    }

    public record Read(List<Row> rows, List<ImportProblem> problems) {
        public Read {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private AccountProfilesCsv() {}

    public static Read read(Path file, Map<String, String> columnMap, Charset encoding) throws IOException {
        return read(file, columnMap, encoding, null);
    }

    /**
     * As {@link #read(Path, Map, Charset)}, keeping the raw text of {@code labelColumn} (the file's own name) in
     * each row, for labelled training sets; a row without it is a problem.
     */
    public static Read read(Path file, Map<String, String> columnMap, Charset encoding, String labelColumn)
            throws IOException {
        for (String ours : columnMap.keySet()) {
            if (!COLUMNS.contains(ours.toLowerCase(Locale.ROOT)) && !"handle".equalsIgnoreCase(ours)) {
                throw new IllegalArgumentException(
                        "--map: unknown column '" + ours + "'; MicroScout's columns are " + String.join(", ", COLUMNS));
            }
        }
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (CsvTable table = CsvTable.open(file, encoding, CsvTable.Spaces.TRIMMED)) {
            Map<String, String> columns = resolveColumns(table.header(), columnMap, name);
            if (labelColumn != null && !table.has(labelColumn)) {
                throw new IllegalArgumentException(
                        name + ": the label column '" + labelColumn + "' is missing (it has " + table.header() + ")");
            }
            int row = 0;
            while (table.next()) {
                row++;
                long line = table.line();
                Cells cells = new Cells(table, columns, name, line, problems);
                String username = cells.text("username");
                String bio = cells.text("bio");
                Long bioLength = cells.count("bio_length");
                if (bioLength == null && bio != null) {
                    bioLength = (long) AccountProfile.biographyLengthOf(bio);
                }
                AccountProfile profile;
                try {
                    profile = new AccountProfile(
                            username,
                            cells.count("followers"),
                            cells.count("following"),
                            cells.count("posts"),
                            bioLength == null ? null : Math.toIntExact(bioLength),
                            cells.flag("profile_picture"),
                            cells.flag("private"),
                            toInt(cells.count("username_length")),
                            toInt(cells.count("username_digits")),
                            cells.share("username_digit_share"),
                            cells.flag("external_url"),
                            toDouble(cells.count("account_age_days")));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    problems.add(new ImportProblem(name, "line " + line, null, e.getMessage()));
                    continue;
                }
                String label = null;
                if (labelColumn != null) {
                    label = table.cell(labelColumn).trim();
                    if (label.isEmpty()) {
                        problems.add(new ImportProblem(name, "line " + line, labelColumn, "the label is missing"));
                        continue;
                    }
                }
                if (cells.ok) {
                    rows.add(new Row(row, line, profile, label));
                }
            }
        }
        return new Read(rows, problems);
    }

    /** MicroScout column -> the file's header name, for the columns present. */
    private static Map<String, String> resolveColumns(List<String> header, Map<String, String> columnMap, String file) {
        Map<String, String> byLower = new HashMap<>();
        for (String h : header) {
            byLower.put(h.trim().toLowerCase(Locale.ROOT), h);
        }
        Map<String, String> resolved = new HashMap<>();
        for (Map.Entry<String, String> e : columnMap.entrySet()) {
            String theirs = byLower.get(e.getValue().trim().toLowerCase(Locale.ROOT));
            if (theirs == null) {
                throw new IllegalArgumentException(file + ": --map " + e.getKey() + "=" + e.getValue()
                        + ": the file has no column '" + e.getValue() + "' (it has " + header + ")");
            }
            String ours = e.getKey().toLowerCase(Locale.ROOT);
            resolved.put("handle".equals(ours) ? "username" : ours, theirs);
        }
        for (String ours : COLUMNS) {
            if (!resolved.containsKey(ours) && byLower.containsKey(ours)) {
                resolved.put(ours, byLower.get(ours));
            }
        }
        if (!resolved.containsKey("username") && byLower.containsKey("handle")) {
            resolved.put("username", byLower.get("handle"));
        }
        if (resolved.isEmpty()) {
            throw new IllegalArgumentException(file + ": no known column (expected some of "
                    + String.join(", ", COLUMNS) + ", or a mapping such as --map followers=Followers)");
        }
        return resolved;
    }

    private static Double toDouble(Long v) {
        return v == null ? null : v.doubleValue();
    }

    private static Integer toInt(Long v) {
        return v == null ? null : Math.toIntExact(v);
    }

    /** The cells of one record, reporting each bad one. */
    private static final class Cells {
        private final CsvTable record;
        private final Map<String, String> columns;
        private final String file;
        private final long line;
        private final List<ImportProblem> problems;
        boolean ok = true;

        Cells(CsvTable record, Map<String, String> columns, String file, long line, List<ImportProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.file = file;
            this.line = line;
            this.problems = problems;
        }

        String text(String ours) {
            String column = columns.get(ours);
            String v = column == null ? null : record.get(column);
            if (v == null) {
                return null;
            }
            if ("bio".equals(ours) && v.isEmpty()) {
                return v; // an empty biography is known: it has length 0
            }
            return SpreadsheetValues.isUnknown(v) ? null : v;
        }

        Long count(String ours) {
            try {
                return SpreadsheetValues.count(text(ours));
            } catch (SpreadsheetValues.Unreadable e) {
                return fail(ours, e);
            }
        }

        Double share(String ours) {
            try {
                Double v = SpreadsheetValues.rate(text(ours));
                if (v != null && (v < 0 || v > 1)) {
                    throw new IllegalArgumentException("\"" + text(ours) + "\" is not a share between 0 and 1");
                }
                return v;
            } catch (SpreadsheetValues.Unreadable | IllegalArgumentException e) {
                return fail(ours, e);
            }
        }

        Boolean flag(String ours) {
            try {
                return SpreadsheetValues.bool(text(ours));
            } catch (SpreadsheetValues.Unreadable e) {
                return fail(ours, e);
            }
        }

        private <T> T fail(String ours, RuntimeException e) {
            ok = false;
            problems.add(new ImportProblem(file, "line " + line, columns.get(ours), e.getMessage()));
            return null;
        }
    }
}
