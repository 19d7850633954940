package io.microscout.brief;

import java.util.Locale;

/** How a brief writes a number, and how the command line reads one the same way: "15k", "1.5m", "2%", "15,000". */
public final class Amount {
    private Amount() {}

    /** The number, or throws IllegalArgumentException naming the text. */
    public static double parse(String text) {
        String t = (text == null ? "" : text)
                .trim()
                .toLowerCase(Locale.ROOT)
                .replace(",", "")
                .replace("_", "")
                .replace("$", "");
        double scale = 1;
        if (t.endsWith("%")) {
            scale = 0.01;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("k")) {
            scale = 1e3;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Double.parseDouble(t.trim()) * scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number (e.g. 15000, 15k, 1.5m, 2%)");
        }
    }
}
