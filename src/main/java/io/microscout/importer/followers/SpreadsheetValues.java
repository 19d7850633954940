package io.microscout.importer.followers;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Reads cell values as spreadsheets hold them (docs/csv-format.md): {@code 3.3k}, {@code 1.2m}, {@code 12,345};
 * empty, {@code nan}, {@code n/a}, {@code null}, {@code -} mean unknown; booleans true/false, yes/no, 1/0, y/n.
 * A small local copy until the importers' shared parser lands in io.microscout.importer.csv.
 */
final class SpreadsheetValues {
    private static final Set<String> UNKNOWN = Set.of("", "nan", "n/a", "na", "null", "none", "-");

    private SpreadsheetValues() {
    }

    static boolean isUnknown(String cell) {
        return cell == null || UNKNOWN.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** A count, or null when unknown; throws with the reason when it is not one. */
    static Long count(String cell) {
        if (isUnknown(cell)) {
            return null;
        }
        String t = cell.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "").replace(" ", "");
        long factor = 1;
        if (t.endsWith("k")) {
            factor = 1_000;
        } else if (t.endsWith("m")) {
            factor = 1_000_000;
        } else if (t.endsWith("b")) {
            factor = 1_000_000_000;
        }
        if (factor != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            BigDecimal value = new BigDecimal(t).multiply(BigDecimal.valueOf(factor));
            if (value.signum() < 0) {
                throw new IllegalArgumentException("\"" + cell + "\" is negative");
            }
            if (factor == 1 && value.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("\"" + cell + "\" is not a whole number");
            }
            return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a number");
        }
    }

    /** A yes/no value, or null when unknown. */
    static Boolean flag(String cell) {
        if (isUnknown(cell)) {
            return null;
        }
        switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "y": case "1": case "t": return true;
            case "false": case "no": case "n": case "0": case "f": return false;
            default:
                throw new IllegalArgumentException("\"" + cell + "\" is not a yes/no value (true/false, yes/no, 1/0)");
        }
    }
}
