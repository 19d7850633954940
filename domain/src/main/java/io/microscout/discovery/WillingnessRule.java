package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.niche.ThemeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Likelihood the creator says yes. Creators decline brands whose values clash with theirs ("fit has to work in both
 * directions": docs/sources.md, "Who is a micro-influencer"). Three parts, MicroScout's scale, averaged over the known ones:
 * <ul>
 *   <li>values: 0 when a value the creator shows (in 10%+ of posts or the biography) clashes with the brief's
 *       brand, product or keywords (a vegan creator and leather); 1 when the creator shows one of the brief's
 *       values; 0.7 otherwise. A clash caps the whole component at 0.1.</li>
 *   <li>saturation (share of sponsored posts): 1 up to 20%; 0.8 at none (may be new to brand deals); falling
 *       linearly to 0.2 at 60% and above (a feed of ads, likely booked and less trusted: CreatorIQ/Tribe Dynamics
 *       found sponsored posts engage less than organic).</li>
 *   <li>budget: the most one creator can get ({@code budget x planning.maxSharePerCreator}, or the whole budget)
 *       against the tier's likely fee ({@link PriceRanges}): 1 at or above the top of the range, 0.5 to 1 inside
 *       it, and below the bottom {@code 0.5 x available / low}.</li>
 * </ul>
 */
final class WillingnessRule {
    private WillingnessRule() {}

    static Assessment assess(FitContext ctx) {
        List<Double> parts = new ArrayList<>();
        List<String> why = new ArrayList<>();
        String clash = clash(ctx);
        boolean shares = ctx.brief().values().stream()
                .anyMatch(v -> shows(ctx.content().values().get(v)));
        parts.add(clash != null ? 0.0 : shares ? 1.0 : 0.7);
        why.add(clash != null ? clash : shares ? "shares the brand's values" : "no value clash found");

        Double s = ctx.content().sponsoredShare();
        if (s != null) {
            double part = s == 0 ? 0.8 : s <= 0.2 ? 1 : Math.max(0.2, 1 - 0.8 * (s - 0.2) / 0.4);
            parts.add(part);
            why.add(String.format(
                    Locale.ROOT,
                    "%d of %d posts sponsored",
                    ctx.content().sponsoredPosts(),
                    ctx.content().postsRead()));
        }
        Brief b = ctx.brief();
        if (b.budget() != null && ctx.tier() != null) {
            double available = b.budget()
                    * (b.planning().maxSharePerCreator() == null
                            ? 1
                            : b.planning().maxSharePerCreator());
            PriceRanges.PriceRange r = PriceRanges.of(ctx.tier());
            double part = available >= r.high()
                    ? 1
                    : available >= r.low()
                            ? 0.5 + 0.5 * (available - r.low()) / (r.high() - r.low())
                            : 0.5 * available / r.low();
            parts.add(part);
            why.add(String.format(
                    Locale.ROOT,
                    "$%,.0f available per creator vs a likely %s fee of $%,.0f-%,.0f",
                    available,
                    ctx.tier().id(),
                    r.low(),
                    r.high()));
        }
        double v = parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Assessment(clash != null ? Math.min(0.1, v) : v, String.join("; ", why));
    }

    private static boolean shows(ThemeCount c) {
        return ValuesClash.shows(c);
    }

    /** "shows vegan values (9 of 30 posts) but the brief mentions leather", or null. */
    static String clash(FitContext ctx) {
        return ValuesClash.find(ctx.brief(), ctx.content()).orElse(null);
    }
}
