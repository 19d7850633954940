package io.microscout.forecast;

import java.util.Locale;

/**
 * One factor of "who can buy" in a forecast: a share 0..1 (or a multiplier up to 2 for engagement) with how well
 * it is known and one line saying where it comes from.
 *
 * @param kind          which factor
 * @param value         its mean
 * @param concentration how well it is known: a Beta concentration around a share (estimated: small, so the
 *                      interval widens); {@link Double#POSITIVE_INFINITY} when taken as exact
 * @param estimated     true when the value is an estimate rather than a measurement (the output says so)
 * @param reason        one line a marketer understands ("in-market audience 70% (estimated from the creator's country DE)")
 */
public record BuyerFactor(Kind kind, double value, double concentration, boolean estimated, String reason) {

    /** The factors of the forecast, each one formula in {@code BuyerModel} (planning) or the caller. */
    public enum Kind {
        /** Share of the audience in the brief's markets (countries, languages, ages, genders): multiplies CTR. */
        IN_MARKET("in-market audience"),
        /** The creator's relevance to the product (discovery's relevance component): multiplies CTR. */
        RELEVANCE("relevance to the product"),
        /** Share of real followers (authenticity): multiplies impressions (bots see nothing). */
        REAL_FOLLOWERS("real followers"),
        /** The creator's own engagement against its tier's benchmark: multiplies CTR. */
        ENGAGEMENT("engagement vs benchmark");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BuyerFactor {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(kind + " must be a finite value >= 0, got " + value);
        }
        if (!(concentration > 0)) {
            throw new IllegalArgumentException(kind + " concentration must be > 0, got " + concentration);
        }
    }

    public static BuyerFactor exact(Kind kind, double value, String reason) {
        return new BuyerFactor(kind, value, Double.POSITIVE_INFINITY, false, reason);
    }

    /** One draw of the factor: a Beta around a share when uncertain, the value itself when exact or a multiplier. */
    double draw(java.util.SplittableRandom random) {
        if (Double.isInfinite(concentration) || value <= 0 || value >= 1) {
            return value;
        }
        return Sampling.betaMean(random, value, concentration);
    }

    /** "in-market audience 70% (estimated from ...)" style line. */
    public String describe() {
        String v = kind == Kind.ENGAGEMENT
                ? String.format(Locale.ROOT, "x%.2f", value)
                : String.format(Locale.ROOT, "%.0f%%", value * 100);
        return kind.label() + " " + v + (estimated ? " [estimate]" : "") + ": " + reason;
    }
}
