package io.microscout.discovery;

import io.microscout.niche.BrandMentions;
import io.microscout.niche.TermEvidence;
import io.microscout.niche.ThemeCount;
import io.microscout.niche.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brand safety: {@code 1 - max(severity x exposure)} over risky topics, avoided terms and competitor mentions.
 * Exposure of a topic is {@code min(1, share of posts / 0.1)} (present in one post of ten: fully exposed).
 * Severity is 1 for what the brief avoids (avoid.topics, avoid.terms, avoid.competitors) and 0.5 for the other
 * brand-safety topics, which concern most brands but were not named. MicroScout's thresholds.
 */
final class BrandSafetyRule {
    private BrandSafetyRule() {}

    static Assessment assess(FitContext ctx) {
        int read = ctx.content().postsRead();
        if (read == 0) {
            return Assessment.unknown("no posts read");
        }
        double worst = 0;
        String worstWhy = null;
        List<String> flags = new ArrayList<>();
        for (Map.Entry<String, ThemeCount> e : ctx.content().risks().entrySet()) {
            boolean avoided = ctx.brief().avoid().topics().contains(e.getKey());
            double risk = (avoided ? 1 : 0.5) * Assessment.clamp(e.getValue().weightedShare() / 0.1);
            String why = e.getKey() + " in " + e.getValue().postsMatched() + " of " + read + " posts"
                    + (avoided ? " (the brief avoids it)" : "");
            if (e.getValue().postsMatched() > 0) {
                flags.add(why);
            }
            if (risk > worst) {
                worst = risk;
                worstWhy = why;
            }
        }
        for (String term : ctx.brief().avoid().terms()) {
            int n = 0;
            Vocabulary v = Vocabulary.parse(term.replace(",", " "));
            for (var post : ctx.text().posts()) {
                n += v.matches(post).isEmpty() ? 0 : 1;
            }
            if (n > 0) {
                String why = "\"" + term + "\" in " + n + " of " + read + " posts (the brief avoids it)";
                flags.add(why);
                double risk = Assessment.clamp((double) n / read / 0.1);
                if (risk > worst) {
                    worst = risk;
                    worstWhy = why;
                }
            }
        }
        for (String competitor : ctx.brief().avoid().competitors()) {
            TermEvidence ev = BrandMentions.find(ctx.text(), competitor);
            if (ev.posts() > 0) {
                String why = "mentions competitor " + ev;
                flags.add(why);
                double risk = Assessment.clamp((double) ev.posts() / read / 0.1);
                if (risk >= worst) {
                    worst = risk;
                    worstWhy = why;
                }
            }
        }
        if (flags.isEmpty()) {
            return new Assessment(1.0, "no risky topics or competitor mentions in " + read + " posts");
        }
        if (worstWhy != null) {
            flags.remove(worstWhy);
            flags.add(0, worstWhy);
        }
        return new Assessment(1 - worst, String.join("; ", flags.subList(0, Math.min(3, flags.size()))));
    }
}
