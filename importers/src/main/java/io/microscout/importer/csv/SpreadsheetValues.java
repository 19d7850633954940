package io.microscout.importer.csv;

import io.microscout.importer.CountRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Values as spreadsheets and scraped data sets write them (the grammar of docs/csv-format.md):
 * <ul>
 *   <li>unknown: an empty cell, {@code nan}, {@code NaN%}, {@code n/a}, {@code #N/A}, {@code null}, {@code -};</li>
 *   <li>counts: {@code 12345}, {@code 12,345}, {@code 3.3k}, {@code 475.8m}, {@code 1.2b}, {@code 2.28E+11},
 *       {@code 12345.0}, within {@link CountRange}; a suffixed one is rounded half up (0.89k is 890), a plain
 *       one with a fraction (3741.5) is no count;</li>
 *   <li>rates: {@code 1.39%} is 0.0139; a plain number is taken as the fraction itself;</li>
 *   <li>booleans: true/false, yes/no, y/n, 1/0;</li>
 *   <li>times: ISO-8601 with an offset ({@code 2026-05-01T10:00:00Z}, {@code +02:00}, {@code +0000}), a local
 *       date-time (UTC, 'T' or a space), or a date (midnight UTC).</li>
 * </ul>
 * A value that is none of these throws {@link Unreadable} with a message that says what was expected.
 * Plain digits and the common time shapes take a fast path without regular expressions or BigDecimal,
 * since a posts file may hold millions of rows.
 */
public final class SpreadsheetValues {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private SpreadsheetValues() {}

    /** A value that cannot be read as what its column holds; the message names the value and what was expected. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String value, String expected) {
            super("\"" + value + "\" " + expected, null, false, false);
        }
    }

    /** True for what a spreadsheet writes for a missing value. */
    public static boolean isUnknown(String v) {
        if (v == null) {
            return true;
        }
        String t = v.trim();
        if (t.length() > 1 && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
            return false;
        }
        switch (t.length()) {
            case 0:
                return true;
            case 1:
                return t.charAt(0) == '-';
            case 3:
                return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("n/a");
            case 4:
                return t.equalsIgnoreCase("null") || t.equalsIgnoreCase("nan%") || t.equalsIgnoreCase("#n/a");
            default:
                return false;
        }
    }

    /** Trimmed text, or null when unknown. */
    public static String text(String v) {
        return isUnknown(v) ? null : v.trim();
    }

    /** A count of an account or a post (0 to {@link CountRange#MAX}), or null when unknown. */
    public static Long count(String v) {
        return count(v, CountRange.MAX);
    }

    /**
     * A count from 0 to {@code max}, or null when unknown. A count is whole: 3741.5 is not one, but a value
     * with a k/m/b suffix is rounded half up (3.3k is 3,300), since spreadsheets write such figures rounded.
     */
    public static Long count(String v, long max) {
        if (isUnknown(v)) {
            return null;
        }
        String t = v.trim();
        long plain = plainDigits(t);
        if (plain >= 0) {
            if (plain > max) {
                throw new Unreadable(v, CountRange.problem(plain, max));
            }
            return plain;
        }
        if (t.endsWith("%")) {
            throw new Unreadable(v, "is a rate, not a count");
        }
        BigDecimal n = scaled(v, t);
        String range = CountRange.problem(n.doubleValue(), max);
        if (range != null) {
            throw new Unreadable(v, range);
        }
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        boolean suffixed = last == 'k' || last == 'm' || last == 'b';
        if (!suffixed && n.stripTrailingZeros().scale() > 0) {
            throw new Unreadable(v, "is not a whole number; a count has no fraction");
        }
        return n.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * An average per post as a spreadsheet states it (6.5k, 1.2m, 1,234.5, 812): fractions allowed, 0 to
     * {@link CountRange#MAX}; null when unknown.
     */
    public static Double average(String v) {
        if (isUnknown(v)) {
            return null;
        }
        String t = v.trim();
        if (t.endsWith("%")) {
            throw new Unreadable(v, "is a rate, not an average count");
        }
        BigDecimal n = scaled(v, t);
        String range = CountRange.problem(n.doubleValue(), CountRange.MAX);
        if (range != null) {
            throw new Unreadable(v, range);
        }
        return n.doubleValue();
    }

    /**
     * An engagement rate as a fraction: "1.39%" is 0.0139, "0.0139" is itself. A plain number above 1 is refused
     * (is "1.39" 1.39% or 139%?), as is a negative rate; null when unknown.
     */
    public static Double engagementRate(String v) {
        Double r = rate(v);
        if (r == null) {
            return null;
        }
        if (r < 0 || r.isNaN() || r.isInfinite()) {
            throw new Unreadable(v, "is not a rate from 0% up");
        }
        if (r > 1 && !v.trim().endsWith("%")) {
            throw new Unreadable(
                    v, "is ambiguous as a rate: write it as a percentage (" + v.trim() + "%) or a fraction (0.0139)");
        }
        return r;
    }

    /** A rate as a fraction: "1.39%" is 0.0139, "0.0139" is itself; null when unknown. */
    public static Double rate(String v) {
        if (isUnknown(v)) {
            return null;
        }
        String t = v.trim();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).trim() : t;
        try {
            BigDecimal d = new BigDecimal(withoutThousands(v, number));
            return (percent ? d.movePointLeft(2) : d).doubleValue(); // 2.6% is 0.026, not 0.026000000000000002
        } catch (NumberFormatException e) {
            throw new Unreadable(v, "is not a rate such as 1.39% or 0.0139");
        }
    }

    /** true/false, yes/no, y/n, t/f, 1/0 (any case); null when unknown. */
    public static Boolean bool(String v) {
        if (isUnknown(v)) {
            return null;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "y":
            case "t":
            case "1":
                return Boolean.TRUE;
            case "false":
            case "no":
            case "n":
            case "f":
            case "0":
                return Boolean.FALSE;
            default:
                throw new Unreadable(v, "is not a boolean (true/false, yes/no, 1/0)");
        }
    }

    /** An instant; a time without offset is UTC, a date is midnight UTC; null when unknown. */
    public static Instant time(String v) {
        if (isUnknown(v)) {
            return null;
        }
        String t = v.trim();
        try {
            Instant fast = fastTime(t);
            if (fast != null) {
                return fast;
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            var parsed = WITH_OFFSET.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime
                    ? ((OffsetDateTime) parsed).toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new Unreadable(v, "is not a time such as 2026-05-01T10:00:00Z or a date such as 2026-05-01");
        }
    }

    /** "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm:ssZ" without a formatter; null for any other shape. */
    private static Instant fastTime(String t) {
        int n = t.length();
        boolean date = n == 10;
        boolean utc =
                n == 20 && t.charAt(10) == 'T' && t.charAt(19) == 'Z' && t.charAt(13) == ':' && t.charAt(16) == ':';
        if (!(date || utc) || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        if (date) {
            return Instant.ofEpochSecond(epochDay * 86_400);
        }
        int h = digits(t, 11, 2);
        int m = digits(t, 14, 2);
        int s = digits(t, 17, 2);
        if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + h * 3_600L + m * 60L + s);
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The value of a string of 1 to 18 digits, or -1 for anything else. */
    private static long plainDigits(String t) {
        int n = t.length();
        if (n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A number with an optional k/m/b suffix, thousands separators and exponent. */
    private static BigDecimal scaled(String original, String t) {
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        BigDecimal factor = last == 'k' ? THOUSAND : last == 'm' ? MILLION : last == 'b' ? BILLION : BigDecimal.ONE;
        String number =
                factor == BigDecimal.ONE ? t : t.substring(0, t.length() - 1).trim();
        try {
            return new BigDecimal(withoutThousands(original, number)).multiply(factor);
        } catch (NumberFormatException e) {
            throw new Unreadable(original, "is not a number (such as 12,345, 3.3k, 475.8m or 1.2b)");
        }
    }

    /** Drops thousands separators: commas (each followed by three digits) and spaces between digits. */
    private static String withoutThousands(String original, String number) {
        if (number.indexOf(',') < 0 && number.indexOf(' ') < 0 && number.indexOf('\u00a0') < 0) {
            return number;
        }
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == ',') {
                int digitsAfter = 0;
                while (i + 1 + digitsAfter < number.length() && Character.isDigit(number.charAt(i + 1 + digitsAfter))) {
                    digitsAfter++;
                }
                if (digitsAfter != 3 || i == 0) {
                    throw new Unreadable(
                            original, "has a comma that is not a thousands separator; write 1234.5, not 1234,5");
                }
            } else if (c != ' ' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
