package io.microscout.pricing;

import java.util.Locale;

/** Formats US-dollar amounts the way a marketer reads them ("$1,250", "$8.40"). */
public final class Money {
    private Money() {
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
