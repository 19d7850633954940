package io.microscout.discovery;

import java.util.Locale;

/**
 * Authenticity: vetting's 0–100 score on 0..1. Unknown (not vetted) is counted as 0.5, neither trusted nor
 * distrusted: so a vetted creator with a good score ranks above an unvetted one, and an unvetted one above a
 * creator vetted as mostly fake. (HypeAuditor 2023 found signs of fraud in 36% of influencers: not knowing is a
 * real risk, hence no redistribution of this weight.) A brief's {@code filters.minAuthenticity} excludes unknowns.
 */
final class AuthenticityRule {
    static final double UNKNOWN_COUNTS_AS = 0.5;

    private AuthenticityRule() {
    }

    static Assessment assess(FitContext ctx) {
        Double a = ctx.profile().authenticity();
        if (a == null) {
            return Assessment.unknown("not yet vetted: counted as " + UNKNOWN_COUNTS_AS);
        }
        return new Assessment(Assessment.clamp(a / 100), String.format(Locale.ROOT,
                "authenticity %.0f/100 from vetting", a));
    }
}
