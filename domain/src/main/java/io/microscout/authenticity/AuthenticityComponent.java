package io.microscout.authenticity;

/**
 * One part of a creator's {@link AuthenticityScore}, able to explain itself.
 *
 * @param name      what it measures ("real followers", "engagement rate", ...)
 * @param value     the creator's measured value, or null when it could not be measured
 * @param benchmark what that value is judged against (a published figure or the normal band's edge), if any
 * @param weight    its weight in the score, before renormalising over the components that could be measured
 * @param score     0 (looks bought) to 1 (looks authentic), or null when not measured
 * @param reason    in words: the value, the benchmark and its source, or why it could not be measured
 */
public record AuthenticityComponent(String name, Double value, Double benchmark, double weight, Double score,
                                    String reason) {

    public boolean measured() {
        return score != null;
    }

    static AuthenticityComponent unmeasured(String name, double weight, String why) {
        return new AuthenticityComponent(name, null, null, weight, null, why);
    }

    /** 1 at or below {@code good}, falling linearly to 0 at {@code bad} (bad &gt; good). */
    static double fallsAbove(double x, double good, double bad) {
        return x <= good ? 1 : x >= bad ? 0 : (bad - x) / (bad - good);
    }

    /** 1 at or above {@code good}, falling linearly to 0 at {@code bad} (bad &lt; good). */
    static double fallsBelow(double x, double good, double bad) {
        return x >= good ? 1 : x <= bad ? 0 : (x - bad) / (good - bad);
    }
}
