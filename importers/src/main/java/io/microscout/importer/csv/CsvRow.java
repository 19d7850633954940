package io.microscout.importer.csv;

import io.microscout.creator.CountryNames;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.LanguageNames;
import io.microscout.creator.Platform;
import io.microscout.importer.CountRange;
import io.microscout.importer.ProblemLog;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The record being read, with typed access to MicroScout's columns. A value that cannot be read becomes a
 * problem at the record's physical line, naming the file's column and the value, and marks the record
 * invalid. One instance is reused for every record of a file, and remembers the last platform and creator
 * key, since posts files hold runs of rows of one creator.
 */
final class CsvRow {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** U+FFFD encoded as UTF-8 (EF BF BD) and decoded as cp1252 or Latin-1. */
    static final String LOST_AS_CP1252 = "\u00EF\u00BF\u00BD";

    private final CsvColumns columns;
    private final ProblemLog problems;
    private final Platform defaultPlatform;
    private CsvTable record;
    private long line;
    private boolean valid;
    private String lastPlatformText;
    private Platform lastPlatform;
    private String lastHandleText;
    private CreatorKey lastKey;
    private String lastTitle;

    CsvRow(CsvColumns columns, ProblemLog problems, Platform defaultPlatform) {
        this.columns = columns;
        this.problems = problems;
        this.defaultPlatform = defaultPlatform;
    }

    /**
     * Starts on the reader's current record. A record with more or fewer cells than the header is invalid: a
     * cell went missing or a delimiter crept in, so which value belongs to which column cannot be trusted.
     */
    void reset(CsvTable record) {
        this.record = record;
        this.line = record.line();
        this.valid = true;
        if (record.size() != columns.width()) {
            valid = false;
            problems.add(
                    "line " + line,
                    null,
                    "has " + record.size() + " cells, the header has " + columns.width()
                            + "; a cell is missing or a value holds an unquoted delimiter");
        }
    }

    /** Where the record starts, as problems name it: "line 12". */
    String location() {
        return "line " + line;
    }

    boolean valid() {
        return valid;
    }

    /** Reports a problem with a column (or, with null, with the whole record) and marks the record invalid. */
    void problem(CsvColumn column, String message) {
        valid = false;
        problems.add("line " + line, column == null ? null : columns.fileName(column), message);
    }

    /**
     * True when the cells MicroScout reads hold no lost characters; otherwise a problem names the first such
     * cell and the record is invalid. Lost characters show as U+FFFD (bytes that are not text in the file's
     * encoding, or a character lost before the file was written) or as "ï¿½" (that mark written as UTF-8 and
     * read as cp1252). Only called once the file has shown either, so clean files pay nothing.
     */
    boolean decoded(Charset charset) {
        for (int i : columns.usedIndexes()) {
            String v = i < record.size() ? record.get(i) : "";
            if (v.indexOf('\uFFFD') >= 0) {
                lost(
                        i,
                        v,
                        "holds U+FFFD, the mark of bytes that are not " + charset.name() + " text or of characters"
                                + " lost before the file was written; if the file is in another encoding, name it with"
                                + " --encoding, for example windows-1252");
                return false;
            }
            if (v.contains(LOST_AS_CP1252)) {
                lost(
                        i,
                        v,
                        "holds \"" + LOST_AS_CP1252 + "\": characters lost before the file was written (U+FFFD"
                                + " written as UTF-8, read as " + charset.name() + "); the value cannot be read");
                return false;
            }
        }
        return true;
    }

    private void lost(int index, String value, String message) {
        valid = false;
        problems.add("line " + line, columns.headerName(index), "\"" + value + "\" " + message);
    }

    /** The file's own name of one of our columns, as problems and sources name it. */
    String fileName(CsvColumn c) {
        return columns.fileName(c);
    }

    /** The cell as written, or null when the file has no such column (or the record is short). */
    String raw(CsvColumn c) {
        int i = columns.index(c);
        return i < 0 || i >= record.size() ? null : record.get(i);
    }

    /**
     * The cell's text; a cell that is UTF-8 text read as cp1252 or Latin-1 ("CÃ´te d'Ivoire") is repaired when
     * the repair is unambiguous ({@link Mojibake}) and the repair reported with the line and column.
     */
    String text(CsvColumn c) {
        String t = SpreadsheetValues.text(raw(c));
        String repaired = Mojibake.repair(t);
        if (repaired != null) {
            problems.repaired(
                    "line " + line,
                    columns.fileName(c),
                    "\"" + t + "\" read as \"" + repaired + "\" (UTF-8 text that was decoded as cp1252 in the source)");
            return repaired;
        }
        return t;
    }

    String required(CsvColumn c) {
        String t = text(c);
        if (t == null) {
            problem(c, "is required but empty");
        }
        return t;
    }

    Long count(CsvColumn c) {
        try {
            boolean lifetime = c == CsvColumn.TOTAL_VIEWS || c == CsvColumn.TOTAL_LIKES;
            return SpreadsheetValues.count(raw(c), lifetime ? CountRange.MAX_LIFETIME : CountRange.MAX);
        } catch (SpreadsheetValues.Unreadable e) {
            problem(c, e.getMessage());
            return null;
        }
    }

    /** An average per post (6.5k likes), or null; a bad cell is a problem. */
    Double average(CsvColumn c) {
        try {
            return SpreadsheetValues.average(raw(c));
        } catch (SpreadsheetValues.Unreadable e) {
            problem(c, e.getMessage());
            return null;
        }
    }

    /** An engagement rate as a fraction ("1.39%" is 0.0139), or null; a bad cell is a problem. */
    Double engagementRate(CsvColumn c) {
        try {
            return SpreadsheetValues.engagementRate(raw(c));
        } catch (SpreadsheetValues.Unreadable e) {
            problem(c, e.getMessage());
            return null;
        }
    }

    Boolean bool(CsvColumn c) {
        try {
            return SpreadsheetValues.bool(raw(c));
        } catch (SpreadsheetValues.Unreadable e) {
            problem(c, e.getMessage());
            return null;
        }
    }

    Instant time(CsvColumn c) {
        try {
            return SpreadsheetValues.time(raw(c));
        } catch (SpreadsheetValues.Unreadable e) {
            problem(c, e.getMessage());
            return null;
        }
    }

    Instant requiredTime(CsvColumn c) {
        Instant t = time(c);
        if (t == null && valid) {
            problem(c, "is required but empty");
        }
        return t;
    }

    /** The platform column, or the default platform when the column is absent or empty. */
    Platform platform() {
        String t = text(CsvColumn.PLATFORM);
        if (t == null) {
            if (defaultPlatform == null) {
                problem(CsvColumn.PLATFORM, "is empty and no default platform (--platform) was given");
            }
            return defaultPlatform;
        }
        if (!t.equals(lastPlatformText)) {
            try {
                lastPlatform = Platform.parse(t);
                lastPlatformText = t;
            } catch (IllegalArgumentException e) {
                problem(CsvColumn.PLATFORM, e.getMessage());
                return null;
            }
        }
        return lastPlatform;
    }

    /** The creator named by the platform and handle columns; null (with a problem) when either is missing. */
    CreatorKey creator() {
        Platform platform = platform();
        String handle = required(CsvColumn.HANDLE);
        if (platform == null || handle == null) {
            return null;
        }
        if (lastKey == null || lastKey.platform() != platform || !handle.equals(lastHandleText)) {
            String key = Handles.fromTitle(handle);
            if (key.isEmpty()) {
                problem(CsvColumn.HANDLE, "\"" + handle + "\" is not a handle");
                return null;
            }
            lastKey = CreatorKey.of(platform, key);
            lastHandleText = handle;
            lastTitle = Handles.isHandle(handle) ? null : handle;
        }
        return lastKey;
    }

    /** The title the last creator's handle was derived from ({@link Handles}), or null when it was a handle. */
    String handleTitle() {
        return lastTitle;
    }

    /** An ISO 3166-1 alpha-2 code from a code or an English country name. */
    String country() {
        String t = text(CsvColumn.COUNTRY);
        String code = CountryNames.code(t);
        if (t != null && code == null) {
            problem(CsvColumn.COUNTRY, "\"" + t + "\" is not a country we know" + mojibakeHint(t));
        }
        return code;
    }

    /** An ISO 639-1 code from a code or an English language name. */
    String language() {
        String t = text(CsvColumn.LANGUAGE);
        String code = LanguageNames.code(t);
        if (t != null && code == null) {
            problem(CsvColumn.LANGUAGE, "\"" + t + "\" is not a language we know" + mojibakeHint(t));
        }
        return code;
    }

    /** Says so when a value reads as UTF-8 text that was decoded as cp1252 ("CÃ´te" for "Côte"). */
    static String mojibakeHint(String t) {
        if (t.indexOf('Ã') < 0 && t.indexOf('Â') < 0) {
            return "";
        }
        String repaired = new String(t.getBytes(CP1252), StandardCharsets.UTF_8);
        return repaired.indexOf('\uFFFD') >= 0
                ? ""
                : " (it looks like UTF-8 text decoded as cp1252 in the source: \"" + repaired + "\"?)";
    }
}
