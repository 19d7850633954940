package io.microscout.cli.common;

/**
 * Cells of the CSV files MicroScout writes, safe to open in a spreadsheet: text starting with =, +, -, @, tab or
 * CR is a formula to Excel, LibreOffice and Google Sheets (CSV injection, OWASP "CSV Injection"), so such a
 * cell gets a leading apostrophe, which the spreadsheet shows as text. Numbers MicroScout wrote itself
 * (-0.5, 12) pass unchanged.
 */
public final class CsvCells {
    private CsvCells() {}

    public static Object safe(Object cell) {
        if (!(cell instanceof String s) || s.isEmpty()) {
            return cell;
        }
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula && !isNumber(s) ? "'" + s : s;
    }

    public static Object[] safe(Iterable<?> row) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(safe(c)));
        return out.toArray();
    }

    private static boolean isNumber(String s) {
        return s.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?%?");
    }
}
