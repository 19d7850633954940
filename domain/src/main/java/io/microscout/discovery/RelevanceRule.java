package io.microscout.discovery;

import io.microscout.niche.NicheMatch;
import io.microscout.niche.TermEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Topical relevance: does the creator talk about what the brand sells? The evidence ({@link RelevanceEvidence}:
 * meaning, keywords, posts with a keyword, niche) is combined by the context's {@link RelevanceModel}: meaning first,
 * words and niches as evidence that adds only where the meaning agrees. The reason names each part, and says
 * "(no weight: meaning off-topic)" when words matched a creator the meaning puts off-topic.
 */
final class RelevanceRule {
    private RelevanceRule() {}

    static Assessment assess(FitContext ctx) {
        RelevanceEvidence e = evidence(ctx);
        Double value = ctx.relevance().score(e);
        if (value == null) {
            return Assessment.unknown("nothing to compare: the " + ctx.query().what()
                    + " names no keywords or niches and no vector was searched");
        }
        List<String> why = new ArrayList<>();
        Double meaning = ctx.relevance().meaning(e);
        if (e.cosine() != null) {
            why.add(String.format(Locale.ROOT, "meaning %.2f", e.cosine())
                    + (meaning == 0 ? " (off-topic: words and niches cannot lift it)" : ""));
        }
        if (!ctx.query().keywords().isEmpty() && ctx.text().postsRead() > 0) {
            var kw = ctx.keywordPosts();
            why.add(
                    kw.postsMatched() == 0
                            ? "no " + ctx.query().wordsName() + " in " + kw.postsRead() + " posts"
                            : ctx.query().wordsName() + " in " + kw.postsMatched() + " of " + kw.postsRead()
                                    + " posts ("
                                    + String.join(
                                            ", ",
                                            kw.evidence().stream()
                                                    .limit(3)
                                                    .map(TermEvidence::term)
                                                    .toList())
                                    + ")");
        } else if (e.keywords() != null) {
            why.add(String.format(Locale.ROOT, "keyword match %.2f of the best", e.keywords()));
        }
        if (e.niche() != null) {
            bestNiche(ctx)
                    .ifPresentOrElse(
                            n -> why.add(n.nicheId() + ": " + n.count().explain(2)),
                            () -> why.add(
                                    "none of " + String.join(", ", ctx.brief().niches()) + " detected"));
        }
        return new Assessment(value, String.join("; ", why));
    }

    /** The parts relevance is made of, for this creator and query. */
    static RelevanceEvidence evidence(FitContext ctx) {
        Double niche = ctx.brief().niches().isEmpty()
                ? null
                : bestNiche(ctx).map(NicheMatch::confidence).orElse(0.0);
        boolean searched = !ctx.query().keywords().isEmpty() || ctx.maxKeywordScore() > 0;
        Double bm25 = !searched
                ? null
                : ctx.maxKeywordScore() > 0 ? Assessment.clamp(ctx.hit().keywordScore() / ctx.maxKeywordScore()) : 0.0;
        Double posts = null;
        if (!ctx.query().keywords().isEmpty() && ctx.text().postsRead() > 0) {
            posts = Assessment.clamp(ctx.keywordPosts().postShare() / 0.4);
        }
        return new RelevanceEvidence(ctx.hit().semanticSimilarity(), bm25, posts, niche);
    }

    private static Optional<NicheMatch> bestNiche(FitContext ctx) {
        return ctx.brief().niches().stream()
                .map(id -> ctx.content().niche(id))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(NicheMatch::confidence));
    }
}
