package io.microscout.cli.common;

import java.io.Flushable;
import java.io.IOException;
import java.util.List;

/**
 * Writes the CSV files MicroScout exports (creators, plans, discovery, mail merge, campaign reports): comma
 * separated, records ended by CRLF, a value in double quotes (a quote inside written twice) only where it must
 * be: when it holds a comma, quote or line break, ends in a space or control character, starts with a
 * character up to '#', or is an empty first value of a record; a null is an empty cell. That is what commons-csv's
 * {@code CSVFormat.DEFAULT} wrote, byte for byte (bench's CsvWriterMatchesCommonsCsvTest compares them).
 *
 * <p>Every cell of a row (not the header) is safe to open in a spreadsheet: text starting with =, +, -, @, tab
 * or CR is a formula to Excel, LibreOffice and Google Sheets (OWASP "CSV Injection"), so such a cell gets a
 * leading apostrophe, which the spreadsheet shows as text. Numbers (-0.5, 12, -3%) pass unchanged.
 */
public final class CsvWriter implements Flushable {
    /** Byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one (else as the system code page). */
    public static final char BOM = '\uFEFF';

    private final Appendable out;

    private CsvWriter(Appendable out) {
        this.out = out;
    }

    /** A file that starts with its header. */
    public static CsvWriter of(Appendable out, List<String> header) throws IOException {
        return of(out, header, false);
    }

    /** With {@code byteOrderMark}, the file starts with {@link #BOM}, for Excel. */
    public static CsvWriter of(Appendable out, List<String> header, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.append(BOM);
        }
        CsvWriter w = new CsvWriter(out);
        w.record(header);
        return w;
    }

    /** One record, each cell made safe for spreadsheets. */
    public void row(Iterable<?> cells) throws IOException {
        boolean first = true;
        for (Object cell : cells) {
            cell(safe(cell), first);
            first = false;
        }
        out.append("\r\n");
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }

    private void record(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            cell(cells.get(i), i == 0);
        }
        out.append("\r\n");
    }

    private void cell(Object value, boolean first) throws IOException {
        if (!first) {
            out.append(',');
        }
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (!needsQuotes(text, first)) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String text, boolean first) {
        if (text.isEmpty()) {
            return first; // else a record of one empty value would be an empty line
        }
        if (text.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return text.charAt(text.length() - 1) <= ' ';
    }

    /** The cell, with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static Object safe(Object cell) {
        if (!(cell instanceof String s) || s.isEmpty()) {
            return cell;
        }
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula && !isNumber(s) ? "'" + s : s;
    }

    private static boolean isNumber(String s) {
        return s.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?%?");
    }
}
