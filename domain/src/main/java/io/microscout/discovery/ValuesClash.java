package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentText;
import io.microscout.niche.ThemeCount;
import io.microscout.niche.ValueThemes;
import java.util.Map;
import java.util.Optional;

/**
 * The other direction of values fit: a value the creator shows (in 10%+ of posts or the biography) that clashes with
 * the brief's brand, product or keywords (a vegan creator and leather). Read by the willingness component and by
 * outreach's acceptance likelihood. MicroScout's threshold.
 */
public final class ValuesClash {
    private ValuesClash() {}

    static boolean shows(ThemeCount c) {
        return c != null && (c.inBiography() || c.weightedShare() >= 0.1);
    }

    /** "shows vegan values (9 of 30 posts) but the brief mentions leather", or empty. */
    public static Optional<String> find(Brief b, ContentProfile content) {
        String offer = String.join(
                " ",
                b.brand() == null ? "" : b.brand(),
                b.product() == null ? "" : b.product(),
                String.join(" ", b.keywords()));
        ContentText offerText = ContentText.of(offer);
        for (Map.Entry<String, ThemeCount> e : content.values().entrySet()) {
            if (!shows(e.getValue())) {
                continue;
            }
            var hits = ValueThemes.conflicts(e.getKey()).matches(offerText);
            if (!hits.isEmpty()) {
                return Optional.of(
                        "shows " + e.getKey() + " values (" + e.getValue().postsMatched() + " of "
                                + e.getValue().postsRead() + " posts) but the brief mentions "
                                + String.join(", ", hits.keySet()));
            }
        }
        return Optional.empty();
    }
}
