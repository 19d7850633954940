package io.microscout.discovery;

import io.microscout.brief.AgeBand;
import io.microscout.brief.AudienceTarget;
import io.microscout.brief.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Audience fit: the share of the creator's audience inside the brief's target, per dimension the brief names
 * (countries, languages, age bands, genders), averaged over the dimensions where the audience is known.
 * An estimated audience (from the creator's own country and language) says so in the reason.
 */
final class AudienceRule {
    private AudienceRule() {}

    static Assessment assess(FitContext ctx) {
        AudienceTarget target = ctx.brief().audience();
        if (target.isEmpty()) {
            return Assessment.unknown("the brief names no target audience");
        }
        AudienceData data = ctx.audience().data();
        List<Double> parts = new ArrayList<>();
        List<String> why = new ArrayList<>();
        share("in", target.countries(), data.countries(), parts, why);
        share("speaking", target.languages(), data.languages(), parts, why);
        if (!target.ages().isEmpty() && !data.ages().isEmpty()) {
            double s = 0;
            for (Map.Entry<AgeBand, Double> e : data.ages().entrySet()) {
                double covered = target.ages().stream()
                        .mapToDouble(t -> t.overlapShareOf(e.getKey()))
                        .max()
                        .orElse(0);
                s += e.getValue() * Math.min(1, covered);
            }
            parts.add(Assessment.clamp(s));
            why.add(pct(s) + " aged " + target.ages());
        }
        if (!target.genders().isEmpty() && !data.genders().isEmpty()) {
            double s = 0;
            for (Gender g : target.genders()) {
                s += data.genders().getOrDefault(g, 0.0);
            }
            parts.add(Assessment.clamp(s));
            why.add(pct(s) + " " + target.genders().stream().map(Gender::id).toList());
        }
        if (parts.isEmpty()) {
            return Assessment.unknown("audience unknown for the brief's targets ("
                    + ctx.audience().basis() + ")");
        }
        double v = parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Assessment(v, String.join(", ", why) + " (" + ctx.audience().basis() + ")");
    }

    private static void share(
            String how, Set<String> wanted, Map<String, Double> have, List<Double> parts, List<String> why) {
        if (wanted.isEmpty() || have.isEmpty()) {
            return;
        }
        double s = 0;
        for (String w : wanted) {
            s += have.getOrDefault(w, 0.0);
        }
        parts.add(Assessment.clamp(s));
        why.add(pct(s) + " " + how + " " + String.join("/", wanted));
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
