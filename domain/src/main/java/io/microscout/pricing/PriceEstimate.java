package io.microscout.pricing;

import java.util.List;

/**
 * A price for one deliverable, in US dollars: a range and a point inside it, where it comes from, and the
 * steps that made it (each a line a marketer can check).
 */
public record PriceEstimate(double low, double point, double high, Basis basis, List<String> explanation) {

    /** Where a price comes from. A quote always wins over an estimate. */
    public enum Basis { ESTIMATE, QUOTE }

    public PriceEstimate {
        if (!(low > 0) || !(low <= point) || !(point <= high)) {
            throw new IllegalArgumentException("price needs 0 < low <= point <= high, got "
                    + low + " / " + point + " / " + high);
        }
        explanation = List.copyOf(explanation);
    }

    public boolean isQuote() {
        return basis == Basis.QUOTE;
    }

    /** "$310 ($220–$430, estimate)" or "$350 (quoted)". */
    public String describe() {
        return isQuote() ? Money.format(point) + " (quoted)"
                : Money.format(point) + " (" + Money.format(low) + "–" + Money.format(high) + ", estimate)";
    }
}
