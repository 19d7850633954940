package io.microscout.brief;

/**
 * An audience age band, as the platforms report audiences (Instagram and YouTube insights: 13-17, 18-24, 25-34,
 * 35-44, 45-54, 55-64, 65+). A brief may name any band "A-B" or "A+" with 13 &lt;= A &lt;= B.
 *
 * @param max inclusive upper age, or null for "A+"
 */
public record AgeBand(int min, Integer max) {

    public AgeBand {
        if (min < 13 || (max != null && max < min)) {
            throw new IllegalArgumentException("bad age band " + min + "-" + max);
        }
    }

    /** Parses "18-24", "65+"; throws IllegalArgumentException otherwise. */
    public static AgeBand parse(String text) {
        String t = text == null ? "" : text.trim().replace('–', '-').replace(" ", "");
        try {
            if (t.endsWith("+")) {
                return new AgeBand(Integer.parseInt(t.substring(0, t.length() - 1)), null);
            }
            int dash = t.indexOf('-');
            if (dash > 0) {
                return new AgeBand(Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("\"" + text + "\" is not an age band (expected e.g. 18-24, 25-34 or 65+)");
    }

    /** How much of another band lies inside this one, as a share of the other band's years (0..1). */
    public double overlapShareOf(AgeBand other) {
        int oMax = other.max == null ? other.min + 20 : other.max;
        int tMax = max == null ? Integer.MAX_VALUE : max;
        int lo = Math.max(min, other.min);
        int hi = Math.min(tMax, oMax);
        return hi < lo ? 0 : (hi - lo + 1.0) / (oMax - other.min + 1.0);
    }

    @Override
    public String toString() {
        return max == null ? min + "+" : min + "-" + max;
    }
}
