package io.microscout.outreach;

import java.util.Locale;

/** Why a creator declined (or was set aside): what the likelihood learns from and the board shows. */
public enum DeclineReason {
    VALUES,
    PRICE,
    TIMING,
    NO_REPLY,
    OTHER;

    /** "no-reply". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DeclineReason parse(String text) {
        String t = text == null
                ? ""
                : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (DeclineReason r : values()) {
            if (r.id().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "unknown decline reason '" + text + "'; the reasons are values, price, timing, no-reply, other");
    }
}
