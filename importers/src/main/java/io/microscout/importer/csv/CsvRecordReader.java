package io.microscout.importer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small RFC 4180 record reader: fields separated by one delimiter, optionally in double quotes (a quote
 * inside written twice), records ended by LF, CRLF or CR; a quoted field may span lines. It knows the
 * physical line where each record starts, which problems name. Written for the posts files of large
 * imports: it scans runs of characters in its own buffer and makes each field's String straight from it.
 * Told to trim, it drops spaces and tabs around each value, outside its quotes (those inside a quoted value
 * stay), as commons-csv's {@code ignoreSurroundingSpaces} did for the audience files.
 */
public final class CsvRecordReader implements Closeable {
    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final boolean trims;
    private final char[] buf;
    private final StringBuilder spill = new StringBuilder();
    private int pos;
    private int limit;
    private long line = 1;
    private long recordLine;
    private String[] fields = new String[16];
    private int size;
    private boolean terminated;

    /** A record that is not CSV: an unclosed quote, or text after a closing quote; in the column-th cell. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        public final long line;
        public final int column;

        Malformed(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    public CsvRecordReader(Reader in, char delimiter) {
        this(in, delimiter, false, 1 << 16);
    }

    /** With {@code trims}, spaces and tabs around each value (outside its quotes) are dropped. */
    public CsvRecordReader(Reader in, char delimiter, boolean trims) {
        this(in, delimiter, trims, 1 << 16);
    }

    /** With a buffer of {@code bufferSize} characters (tests use tiny ones to cross buffer boundaries). */
    CsvRecordReader(Reader in, char delimiter, boolean trims, int bufferSize) {
        this.in = in;
        this.delimiter = delimiter;
        this.trims = trims;
        this.buf = new char[bufferSize];
    }

    /** Reads the next record; false at the end of the input. */
    public boolean next() throws IOException {
        size = 0;
        if (peek() == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            if (trims) {
                skipBlanks();
            }
            add(peek() == '"' ? quoted() : trims ? stripTrailingBlanks(unquoted()) : unquoted());
            int c = peek();
            if (c == delimiter) {
                pos++;
            } else {
                if (c == '\r') {
                    pos++;
                    if (peek() == '\n') {
                        pos++;
                    }
                    line++;
                } else if (c == '\n') {
                    pos++;
                    line++;
                }
                terminated = c != EOF;
                return true;
            }
        }
    }

    /** The physical line (from 1) where the current record starts. */
    public long line() {
        return recordLine;
    }

    /** False when the input ended inside the current record, without a line break after it (a cut file?). */
    public boolean terminated() {
        return terminated;
    }

    public int size() {
        return size;
    }

    public String get(int i) {
        return fields[i];
    }

    public List<String> toList() {
        return new ArrayList<>(Arrays.asList(fields).subList(0, size));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private String unquoted() throws IOException {
        spill.setLength(0);
        while (true) {
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    return spill.length() == 0
                            ? new String(buf, start, pos - start)
                            : spill.append(buf, start, pos - start).toString();
                }
                pos++;
            }
            spill.append(buf, start, pos - start);
            if (!fill()) {
                return spill.toString();
            }
        }
    }

    private String quoted() throws IOException {
        pos++;
        spill.setLength(0);
        boolean afterCr = false;
        while (true) {
            int start = pos;
            while (pos < limit && buf[pos] != '"') {
                char c = buf[pos++];
                if (c == '\r' || c == '\n' && !afterCr) {
                    line++;
                }
                afterCr = c == '\r';
            }
            spill.append(buf, start, pos - start);
            if (pos == limit) {
                if (!fill()) {
                    throw new Malformed(
                            recordLine, size + 1, "a quoted value opened on line " + recordLine + " is never closed");
                }
                continue;
            }
            pos++;
            afterCr = false;
            if (peek() == '"') {
                spill.append('"');
                pos++;
                continue;
            }
            if (trims) {
                skipBlanks();
            }
            int after = peek();
            if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
                throw new Malformed(line, size + 1, "unexpected '" + (char) after + "' after a closing quote");
            }
            return spill.toString();
        }
    }

    private void skipBlanks() throws IOException {
        for (int c = peek(); (c == ' ' || c == '\t') && c != delimiter; c = peek()) {
            pos++;
        }
    }

    private String stripTrailingBlanks(String value) {
        int end = value.length();
        while (end > 0
                && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')
                && value.charAt(end - 1) != delimiter) {
            end--;
        }
        return end == value.length() ? value : value.substring(0, end);
    }

    private void add(String field) {
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        fields[size++] = field;
    }

    private int peek() throws IOException {
        if (pos < limit || fill()) {
            return buf[pos];
        }
        return EOF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
