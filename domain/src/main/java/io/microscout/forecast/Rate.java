package io.microscout.forecast;

import java.util.Locale;

/**
 * An uncertain rate: a Beta distribution with this mean and concentration (a + b). A larger concentration
 * means the rate is better known: concentration 100 around 2% is Beta(2, 98), P10–P90 about 0.5%–3.8%.
 *
 * @param source where the mean comes from (a brief, a published figure, or "MicroScout's assumption")
 */
public record Rate(double mean, double concentration, String source) {

    public Rate {
        if (!(mean > 0 && mean < 1)) {
            throw new IllegalArgumentException("a rate must lie strictly between 0 and 1, got " + mean);
        }
        if (!(concentration > 0)) {
            throw new IllegalArgumentException("a rate's concentration must be > 0, got " + concentration);
        }
    }

    public String describe() {
        return String.format(Locale.ROOT, "%.2f%% (Beta, concentration %.0f; %s)", mean * 100, concentration, source);
    }
}
