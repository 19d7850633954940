package io.microscout.importer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header line, read record by record with {@link CsvRecordReader}: cells by the header's
 * column name or by position, and the physical line where each record starts (a quoted value may span lines),
 * which every problem names. Lines with nothing on them are passed over. A byte-order mark left in the text is
 * dropped from the first header name. A column named twice in the header is found at its last place.
 */
public final class CsvTable implements Closeable {
    /** Whether spaces and tabs around each value (outside its quotes) are part of it. */
    public enum Spaces {
        KEPT,
        TRIMMED
    }

    /** A record that is not CSV, located by file, line and column. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        public final String file;
        public final long line;
        /** The header's name of the cell, or "column N" past the header. */
        public final String column;
        /** What is wrong, without the place. */
        public final String reason;

        Malformed(String file, long line, String column, String reason) {
            super(file + ": line " + line + ", " + column + ": malformed CSV: " + reason);
            this.file = file;
            this.line = line;
            this.column = column;
            this.reason = reason;
        }
    }

    private final String name;
    private final CsvRecordReader records;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvTable(String name, CsvRecordReader records) throws IOException {
        this.name = name;
        this.records = records;
        List<String> names = records.next() ? records.toList() : new ArrayList<>();
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        this.header = Collections.unmodifiableList(names);
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    /** The file in {@code encoding}, comma-separated, each value as written. */
    public static CsvTable open(Path file, Charset encoding) throws IOException {
        return open(file, encoding, Spaces.KEPT);
    }

    public static CsvTable open(Path file, Charset encoding, Spaces spaces) throws IOException {
        return of(String.valueOf(file.getFileName()), Files.newBufferedReader(file, encoding), ',', spaces);
    }

    /** The text of {@code in}, named {@code name} in problems; closing the table closes {@code in}. */
    public static CsvTable of(String name, Reader in, char delimiter, Spaces spaces) throws IOException {
        CsvRecordReader records = new CsvRecordReader(in, delimiter, spaces == Spaces.TRIMMED);
        try {
            return new CsvTable(name, records);
        } catch (CsvRecordReader.Malformed e) {
            records.close();
            throw new Malformed(name, e.line, "column " + e.column, e.getMessage());
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** The file's name, as problems name it. */
    public String name() {
        return name;
    }

    /** The header's names as written (empty for an empty file). */
    public List<String> header() {
        return header;
    }

    /** Whether the header names {@code column} (exactly). */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Reads the next record that holds anything; false at the end of the file. */
    public boolean next() throws IOException {
        try {
            while (records.next()) {
                if (records.size() > 1 || !records.get(0).isBlank()) {
                    return true;
                }
            }
            return false;
        } catch (CsvRecordReader.Malformed e) {
            throw new Malformed(name, e.line, columnName(e.column - 1), e.getMessage());
        }
    }

    /** The physical line (from 1) where the current record starts. */
    public long line() {
        return records.line();
    }

    /** False when the file ended inside the current record, without a line break after it. */
    public boolean terminated() {
        return records.terminated();
    }

    /** The cells of the current record, which may be more or fewer than the header's. */
    public int size() {
        return records.size();
    }

    /** The i-th cell of the current record, or null past its end. */
    public String get(int i) {
        return i < records.size() ? records.get(i) : null;
    }

    /** The cell of the current record under {@code column}, or null when the header or the record has none. */
    public String get(String column) {
        Integer i = index.get(column);
        return i == null ? null : get(i);
    }

    /** The cell under {@code column}, or empty when the header or the record has none. */
    public String cell(String column) {
        String v = get(column);
        return v == null ? "" : v;
    }

    /** The current record as header name -> cell, in the header's order; a cell the record lacks is absent. */
    public Map<String, String> row() {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), records.size()); i++) {
            row.put(header.get(i), records.get(i));
        }
        return row;
    }

    /** Every record of a file, each as {@link #row()}. */
    public static List<Map<String, String>> rows(Path file, Charset encoding) throws IOException {
        try (CsvTable t = open(file, encoding)) {
            return t.remainingRows();
        }
    }

    /** Every record of a text (an export, in tests), each as {@link #row()}. */
    public static List<Map<String, String>> rows(String name, Reader in) throws IOException {
        try (CsvTable t = of(name, in, ',', Spaces.KEPT)) {
            return t.remainingRows();
        }
    }

    private List<Map<String, String>> remainingRows() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        while (next()) {
            rows.add(row());
        }
        return rows;
    }

    /** The header's name of the i-th cell (from 0), or "column N" (from 1) past the header. */
    public String columnName(int i) {
        return i >= 0 && i < header.size() ? "column " + (i + 1) + " (" + header.get(i) + ")" : "column " + (i + 1);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
