package io.microscout.authenticity;

import java.util.Locale;

/**
 * The signals an {@link AuthenticityScore} is built from, each with a stable code used in JSON and storage (the
 * display label may change; the code does not).
 */
public enum AuthenticitySignal {
    REAL_FOLLOWERS("real_followers", "real followers"),
    ENGAGEMENT_RATE("engagement_rate", "engagement rate"),
    GROWTH_SPIKES("growth_spikes", "follower growth spikes"),
    LIKES_TO_COMMENTS("likes_to_comments", "likes-to-comments ratio"),
    ENGAGEMENT_VOLATILITY("engagement_volatility", "engagement volatility"),
    COMMENT_AUTHENTICITY("comment_authenticity", "comment authenticity");

    private final String code;
    private final String label;

    AuthenticitySignal(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable identifier: {@code real_followers}, {@code engagement_rate}, ... */
    public String code() {
        return code;
    }

    /** What it measures, in words, for people. */
    public String label() {
        return label;
    }

    public static AuthenticitySignal ofCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (AuthenticitySignal s : values()) {
            if (s.code.equals(c)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown authenticity signal '" + code + "'");
    }
}
