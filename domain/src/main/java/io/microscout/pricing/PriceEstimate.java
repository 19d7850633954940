package io.microscout.pricing;

import java.util.List;

/**
 * A price for one deliverable, in US dollars: a range and a point inside it, where it comes from, and the
 * steps that made it (each a line a marketer can check). Amounts are whole cents (rounded half up on the way in),
 * so that a plan's total is the exact sum of its lines ({@link #pointCents()}).
 */
public record PriceEstimate(double low, double point, double high, Basis basis, List<String> explanation) {

    /** Where a price comes from. A quote always wins over an estimate. */
    public enum Basis {
        ESTIMATE,
        QUOTE
    }

    public PriceEstimate {
        low = Money.toCents(low) / 100.0;
        point = Money.toCents(point) / 100.0;
        high = Money.toCents(high) / 100.0;
        if (!(low > 0) || !(low <= point) || !(point <= high)) {
            throw new IllegalArgumentException(
                    "price needs 0 < low <= point <= high, got " + low + " / " + point + " / " + high);
        }
        explanation = List.copyOf(explanation);
    }

    /** The price in cents, exactly. */
    public long pointCents() {
        return Money.toCents(point);
    }

    public boolean isQuote() {
        return basis == Basis.QUOTE;
    }

    /** "$310.00 ($220–$430, estimate)" or "$350 (quoted)". */
    public String describe() {
        return isQuote()
                ? Money.cents(pointCents()) + " (quoted)"
                : Money.cents(pointCents()) + " (" + Money.format(low) + "–" + Money.format(high) + ", estimate)";
    }
}
