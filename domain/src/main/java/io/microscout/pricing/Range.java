package io.microscout.pricing;

/** A closed range of numbers, low to high: a price bracket or a multiplier range. */
public record Range(double low, double high) {

    public Range {
        if (!(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("a range needs 0 < low <= high, got " + low + ".." + high);
        }
    }

    public static Range of(double low, double high) {
        return new Range(low, high);
    }

    public double mid() {
        return (low + high) / 2;
    }
}
