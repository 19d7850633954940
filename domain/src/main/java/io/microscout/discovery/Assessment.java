package io.microscout.discovery;

/** What one fit rule concluded: a value 0..1 (null when it cannot tell) and why. */
record Assessment(Double value, String reason) {
    static Assessment unknown(String reason) {
        return new Assessment(null, reason);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
