package io.microscout.tier;

import java.util.Locale;

/** Creator size classes. Where each begins is set by a {@link TierScheme}, not here. */
public enum Tier {
    NANO,
    MICRO,
    MID,
    MACRO,
    MEGA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Tier tier : values()) {
            if (tier.id().equals(t) || ("mid-tier".equals(t) && tier == MID)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + text + "'; expected nano, micro, mid, macro or mega");
    }
}
