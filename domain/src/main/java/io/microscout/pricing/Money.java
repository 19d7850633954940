package io.microscout.pricing;

import java.util.Locale;

/**
 * US-dollar amounts: exact amounts are kept in whole cents ({@link #toCents}, {@link #cents}, {@link #decimal});
 * {@link #format} rounds for reading ("$1,250", "$8.40").
 */
public final class Money {
    private Money() {}

    /** Whole cents of an amount in dollars, rounded half up. */
    public static long toCents(double dollars) {
        if (Double.isNaN(dollars) || Double.isInfinite(dollars)) {
            throw new IllegalArgumentException("not an amount: " + dollars);
        }
        return java.math.BigDecimal.valueOf(dollars)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
    }

    /** An exact amount, "$1,234.56". */
    public static String cents(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + String.format(Locale.ROOT, "$%,d.%02d", abs / 100, abs % 100);
    }

    /** An exact amount as a decimal with two places (for JSON and CSV). */
    public static java.math.BigDecimal decimal(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2);
    }

    public static String format(double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return "n/a";
        }
        double abs = Math.abs(amount);
        String sign = amount < 0 ? "-" : "";
        if (abs >= 100) {
            return sign + String.format(Locale.ROOT, "$%,.0f", abs);
        }
        return sign + String.format(Locale.ROOT, "$%,.2f", abs);
    }
}
