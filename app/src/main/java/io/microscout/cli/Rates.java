package io.microscout.cli;

/** Reads a rate the way users write it: "2%" or the fraction "0.02" (both mean 0.02). */
final class Rates {
    private Rates() {}

    static Double parse(String option, String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                return Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100.0;
            }
            double v = Double.parseDouble(t);
            if (v > 1) {
                throw new IllegalArgumentException(
                        option + " " + text + ": a rate is a fraction; write " + t + "% or " + v / 100.0);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "': expected a rate such as 2% or 0.02");
        }
    }

    /** A fraction as a percentage for people: 0.0171 -> "1.71%"; null -> "-". */
    static String percent(Double rate) {
        return rate == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
    }
}
