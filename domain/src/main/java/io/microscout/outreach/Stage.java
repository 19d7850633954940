package io.microscout.outreach;

import java.util.Locale;

/** Where a creator stands in a workspace's outreach, in the order a deal usually goes. */
public enum Stage {
    SHORTLISTED,
    CONTACTED,
    REPLIED,
    NEGOTIATING,
    AGREED,
    DECLINED,
    CONTRACTED,
    LIVE,
    COMPLETED,
    PAID;

    /** The id used in the CLI, the API and the database ("negotiating"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The creator said yes: agreed, or any stage after it. */
    public boolean saidYes() {
        return this == AGREED || this == CONTRACTED || this == LIVE || this == COMPLETED || this == PAID;
    }

    public static Stage parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Stage s : values()) {
            if (s.id().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + text + "'; the stages are shortlisted, contacted, "
                + "replied, negotiating, agreed, declined, contracted, live, completed, paid");
    }
}
