package io.microscout.audience;

/**
 * Whose demographics a report gives. Instagram's insights report both: {@code follower_demographics} (everyone
 * who follows) and {@code engaged_audience_demographics} (the accounts that engaged with the creator's content in
 * the period). The engaged audience is the one a sponsored post reaches and moves, so the forecast prefers it
 * when both exist (MicroScout's choice; docs/planning.md, "Measured audience").
 */
public enum AudienceKind {
    ENGAGED("engaged audience"),
    FOLLOWERS("followers");

    private final String label;

    AudienceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AudienceKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "engaged", "engaged_audience", "engaged_audience_demographics" -> ENGAGED;
            case "followers", "follower", "follower_demographics" -> FOLLOWERS;
            default ->
                throw new IllegalArgumentException(
                        "\"" + text + "\" is not an audience kind (expected followers or engaged)");
        };
    }
}
