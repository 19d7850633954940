package io.microscout.niche;

import java.util.List;

/**
 * How often a theme (a niche, a value, a risky topic) shows in a creator's content.
 *
 * @param postsMatched posts whose caption or hashtags carry at least one of the theme's terms
 * @param postsRead    posts read
 * @param postWeight   sum over posts of the best matching term weight in each (0..postsMatched)
 * @param inBiography  whether the biography carries the theme
 * @param evidence     the most frequent terms, most frequent first
 */
public record ThemeCount(
        String theme,
        int postsMatched,
        int postsRead,
        double postWeight,
        boolean inBiography,
        List<TermEvidence> evidence) {

    public ThemeCount {
        evidence = List.copyOf(evidence);
    }

    /** Share of posts that carry the theme, or 0 when no posts were read. */
    public double postShare() {
        return postsRead == 0 ? 0.0 : (double) postsMatched / postsRead;
    }

    /** Share of posts carrying the theme, each post counted at its best term's weight (0..1), or 0 without posts. */
    public double weightedShare() {
        return postsRead == 0 ? 0.0 : postWeight / postsRead;
    }

    /** "#skincare in 14 of 30 posts, vegan in 6 of 30 posts; in the biography". */
    public String explain(int maxTerms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(maxTerms, evidence.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(evidence.get(i));
        }
        if (inBiography) {
            sb.append(sb.length() == 0 ? "in the biography" : "; in the biography");
        }
        return sb.toString();
    }
}
