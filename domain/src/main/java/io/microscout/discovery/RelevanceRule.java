package io.microscout.discovery;

import io.microscout.niche.NicheMatch;
import io.microscout.niche.TermEvidence;
import io.microscout.niche.ThemeCount;
import io.microscout.niche.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Topical relevance: does the creator talk about what the brand sells? Three parts, each 0..1, averaged with weights
 * 0.4 / 0.3 / 0.3 over the parts that are known (MicroScout's choice: meaning first, then words and niches):
 * <ul>
 *   <li>meaning: cosine similarity of the brief and the creator's content, {@code clamp((cos - 0.1) / 0.5)}
 *       (all-MiniLM-L6-v2 puts unrelated texts near 0.1 and close paraphrases at 0.6 and above);</li>
 *   <li>keywords: half the BM25 score relative to the query's best hit, half the share of posts carrying a brief
 *       keyword ({@code min(1, share / 0.4)}: 40% of posts or more counts fully);</li>
 *   <li>niche: the confidence of the best brief niche detected in the creator's content.</li>
 * </ul>
 */
final class RelevanceRule {
    private RelevanceRule() {
    }

    static Assessment assess(FitContext ctx) {
        double sum = 0;
        double weights = 0;
        List<String> why = new ArrayList<>();

        Optional<NicheMatch> niche = ctx.brief().niches().stream().map(id -> ctx.content().niche(id))
                .flatMap(Optional::stream).max(java.util.Comparator.comparingDouble(NicheMatch::confidence));
        if (!ctx.brief().niches().isEmpty()) {
            sum += 0.3 * niche.map(NicheMatch::confidence).orElse(0.0);
            weights += 0.3;
            niche.ifPresentOrElse(n -> why.add(n.nicheId() + ": " + n.count().explain(2)),
                    () -> why.add("none of " + String.join(", ", ctx.brief().niches()) + " detected"));
        }
        double bm25 = ctx.maxKeywordScore() > 0 ? Assessment.clamp(ctx.hit().keywordScore() / ctx.maxKeywordScore()) : 0;
        if (!ctx.brief().keywords().isEmpty() && ctx.text().postsRead() > 0) {
            ThemeCount kw = keywordCount(ctx);
            double coverage = Assessment.clamp(kw.postShare() / 0.4);
            sum += 0.3 * (0.5 * bm25 + 0.5 * coverage);
            weights += 0.3;
            why.add(kw.postsMatched() == 0 ? "no brief keyword in " + kw.postsRead() + " posts"
                    : "brief keywords in " + kw.postsMatched() + " of " + kw.postsRead() + " posts ("
                    + String.join(", ", kw.evidence().stream().limit(3).map(TermEvidence::term).toList()) + ")");
        } else if (ctx.maxKeywordScore() > 0) {
            sum += 0.3 * bm25;
            weights += 0.3;
            why.add(String.format(Locale.ROOT, "keyword match %.2f of the best", bm25));
        }
        Double cos = ctx.hit().semanticSimilarity();
        if (cos != null) {
            sum += 0.4 * Assessment.clamp((cos - 0.1) / 0.5);
            weights += 0.4;
            why.add(String.format(Locale.ROOT, "meaning %.2f", cos));
        }
        if (weights == 0) {
            return Assessment.unknown("nothing to compare: the brief names no keywords or niches and no vector was searched");
        }
        return new Assessment(sum / weights, String.join("; ", why));
    }

    /** Posts carrying at least one brief keyword, with the keywords found. */
    static ThemeCount keywordCount(FitContext ctx) {
        StringBuilder spec = new StringBuilder();
        for (String k : ctx.brief().keywords()) {
            spec.append(k.replace(",", " ").replace(":", " ")).append(',');
        }
        Vocabulary v = Vocabulary.parse(spec.toString());
        int matched = 0;
        java.util.Map<String, Integer> terms = new java.util.HashMap<>();
        for (var post : ctx.text().posts()) {
            var found = v.matches(post);
            if (!found.isEmpty()) {
                matched++;
                found.keySet().forEach(t -> terms.merge(t, 1, Integer::sum));
            }
        }
        int read = ctx.text().postsRead();
        List<TermEvidence> ev = new ArrayList<>();
        terms.forEach((t, n) -> ev.add(new TermEvidence(t, n, read)));
        ev.sort(java.util.Comparator.comparingInt(TermEvidence::posts).reversed().thenComparing(TermEvidence::term));
        return new ThemeCount("keywords", matched, read, matched, false, ev);
    }
}
