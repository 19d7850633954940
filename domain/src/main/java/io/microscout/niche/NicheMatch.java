package io.microscout.niche;

/**
 * A niche detected in a creator's content.
 *
 * @param confidence         0..1, how sure the detection is (see {@link NicheDetector} for the formula)
 * @param count              the term evidence
 * @param semanticSimilarity cosine similarity of the content to the niche's description, when embeddings were used
 */
public record NicheMatch(String nicheId, double confidence, ThemeCount count, Double semanticSimilarity) {

    /** "beauty (0.82): #skincare in 14 of 30 posts, makeup in 9 of 30 posts; in the biography". */
    public String explain() {
        String terms = count.explain(3);
        String sem = semanticSimilarity == null
                ? ""
                : String.format(
                        java.util.Locale.ROOT,
                        "%ssimilarity to the niche %.2f",
                        terms.isEmpty() ? "" : "; ",
                        semanticSimilarity);
        return String.format(java.util.Locale.ROOT, "%s (%.2f): %s%s", nicheId, confidence, terms, sem);
    }
}
