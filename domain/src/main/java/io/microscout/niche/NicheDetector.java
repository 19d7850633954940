package io.microscout.niche;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Detects a creator's niches from the biography, captions and hashtags, with a confidence and the terms behind it.
 *
 * <p>Term confidence (MicroScout's own formula, explainable by construction):
 * {@code 0.8 * min(1, postWeight / (0.4 * postsRead)) + 0.2 * [niche in biography]}, where postWeight sums, over
 * the posts, the weight of the best niche term in each. A niche carried by 40% of the posts at full weight gets the
 * whole post share. With no posts read, only the biography speaks: {@code 0.5 * [in biography]}.
 * When a semantic similarity to the niche description is supplied, confidence becomes
 * {@code 0.75 * term + 0.25 * clamp((cos - 0.15) / 0.35)} (all-MiniLM-L6-v2 puts unrelated sentences near 0.1
 * and paraphrases above 0.5). A creator has every niche whose confidence reaches {@link #THRESHOLD}.
 */
public final class NicheDetector {
    public static final double THRESHOLD = 0.3;
    static final double FULL_SHARE = 0.4;

    private final ThemeCounter counter = new ThemeCounter(NicheTaxonomy.vocabularies());

    /** Niches by term evidence only, most confident first. */
    public List<NicheMatch> detect(CreatorContent content) {
        return detect(content, id -> null);
    }

    /**
     * Niches by term evidence blended with semantic similarity, most confident first.
     *
     * @param similarity cosine similarity of the creator's content to a niche's description (null: not known)
     */
    public List<NicheMatch> detect(CreatorContent content, Function<String, Double> similarity) {
        return detect(counter.count(content), content.postsRead(), similarity);
    }

    /** Niches from term counts already made (by niche id), blended with semantic similarity where known. */
    List<NicheMatch> detect(Map<String, ThemeCount> counts, int postsRead, Function<String, Double> similarity) {
        List<NicheMatch> out = new ArrayList<>();
        for (Niche niche : NicheTaxonomy.all()) {
            ThemeCount c =
                    counts.getOrDefault(niche.id(), new ThemeCount(niche.id(), 0, postsRead, 0, false, List.of()));
            double term = termConfidence(c);
            Double sim = similarity.apply(niche.id());
            double confidence = sim == null ? term : 0.75 * term + 0.25 * clamp((sim - 0.15) / 0.35);
            if (confidence >= THRESHOLD) {
                out.add(new NicheMatch(niche.id(), confidence, c, sim));
            }
        }
        out.sort(Comparator.comparingDouble(NicheMatch::confidence).reversed());
        return out;
    }

    static double termConfidence(ThemeCount c) {
        double bio = c.inBiography() ? 1 : 0;
        if (c.postsRead() == 0) {
            return 0.5 * bio;
        }
        return 0.8 * clamp(c.postWeight() / (FULL_SHARE * c.postsRead())) + 0.2 * bio;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
