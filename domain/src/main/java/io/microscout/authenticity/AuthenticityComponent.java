package io.microscout.authenticity;

/**
 * One part of a creator's {@link AuthenticityScore}, able to explain itself.
 *
 * @param signal    what it measures, with a stable code ({@link AuthenticitySignal#code()}) and a label
 * @param value     the creator's measured value, or null when it could not be measured
 * @param benchmark what that value is judged against (a published figure or the normal band's edge), if any
 * @param weight    its weight in the score, before renormalising over the components that could be measured
 * @param score     0 (looks bought) to 1 (looks authentic), or null when not measured
 * @param reason    in words: the value, the benchmark and its source, or why it could not be measured
 */
public record AuthenticityComponent(
        AuthenticitySignal signal, Double value, Double benchmark, double weight, Double score, String reason) {

    /** The label shown to people ("real followers"). */
    public String name() {
        return signal.label();
    }

    /** The stable identifier used in JSON and storage ("real_followers"). */
    public String id() {
        return signal.code();
    }

    public boolean measured() {
        return score != null;
    }

    static AuthenticityComponent unmeasured(AuthenticitySignal signal, double weight, String why) {
        return new AuthenticityComponent(signal, null, null, weight, null, why);
    }

    /** 1 at or below {@code good}, falling linearly to 0 at {@code bad} (bad &gt; good). */
    static double fallsAbove(double x, double good, double bad) {
        return x <= good ? 1 : x >= bad ? 0 : (bad - x) / (bad - good);
    }

    /**
     * Within the normal range the score still moves, by at most {@link #NORMAL_RANGE_SPREAD}: 1 at {@code ideal},
     * 1 - spread at {@code good}, then linearly to 0 at {@code bad} (ideal &lt;= good &lt; bad). MicroScout's default:
     * a value at the edge of what real accounts show is less typical than one at its centre, and a score that is
     * flat over the whole normal range cannot tell creators apart.
     */
    static double typicalBelow(double x, double ideal, double good, double bad) {
        if (x <= ideal) {
            return 1;
        }
        if (x <= good) {
            return 1 - NORMAL_RANGE_SPREAD * (x - ideal) / Math.max(1e-12, good - ideal);
        }
        return (1 - NORMAL_RANGE_SPREAD) * fallsAbove(x, good, bad);
    }

    /** How much a component's score moves inside the normal range (MicroScout default). */
    static final double NORMAL_RANGE_SPREAD = 0.25;

    /** 1 at or above {@code good}, falling linearly to 0 at {@code bad} (bad &lt; good). */
    static double fallsBelow(double x, double good, double bad) {
        return x >= good ? 1 : x <= bad ? 0 : (x - bad) / (good - bad);
    }
}
