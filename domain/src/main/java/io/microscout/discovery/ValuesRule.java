package io.microscout.discovery;

import io.microscout.niche.ThemeCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Values alignment: for each value the brief names, how clearly the creator shows it: {@code min(1, share / 0.2)}
 * of posts (a value in one post of five is plainly held), or at least 0.7 when the biography states it; averaged
 * over the brief's values. MicroScout's thresholds; the reason shows the counts they rest on.
 */
final class ValuesRule {
    private ValuesRule() {}

    static Assessment assess(FitContext ctx) {
        List<String> values = ctx.brief().values();
        if (values.isEmpty()) {
            return Assessment.unknown("the brief names no values");
        }
        double sum = 0;
        List<String> seen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String v : values) {
            ThemeCount c = ctx.content().values().get(v);
            if (c == null) {
                missing.add(v);
                continue;
            }
            double shown = Math.max(c.inBiography() ? 0.7 : 0, Assessment.clamp(c.weightedShare() / 0.2));
            sum += shown;
            seen.add(v + ": " + c.explain(2));
        }
        String why = (seen.isEmpty() ? "" : String.join("; ", seen))
                + (missing.isEmpty()
                        ? ""
                        : (seen.isEmpty() ? "" : "; ") + "no sign of " + String.join(", ", missing) + " in "
                                + ctx.content().postsRead() + " posts");
        return new Assessment(sum / values.size(), why);
    }
}
