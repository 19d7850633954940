package io.microscout.discovery;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.niche.Niche;
import io.microscout.niche.NicheTaxonomy;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a brief into an index query: keywords from its keywords, values, product and niche labels (a creator who
 * holds the brief's values should be among the candidates, not only score well once found); a vector from the
 * product, the niche descriptions and the values; its hard filters as an {@link IndexFilter}, tiers as follower
 * bounds through the brief's tier scheme.
 */
final class BriefQuery {
    private BriefQuery() {}

    static IndexQuery of(Brief brief, TextEmbedder embedder, int candidates) {
        List<String> words = new ArrayList<>(brief.keywords());
        brief.values().forEach(v -> words.add(v.replace('-', ' ')));
        if (brief.product() != null) {
            words.add(brief.product());
        }
        List<String> meaning = new ArrayList<>();
        if (brief.product() != null) {
            meaning.add(brief.product());
        }
        for (String id : brief.niches()) {
            Niche n = NicheTaxonomy.get(id);
            words.add(n.label());
            meaning.add(n.description());
        }
        if (meaning.isEmpty()) {
            meaning.addAll(brief.keywords());
        }
        if (!brief.values().isEmpty()) {
            meaning.add(String.join(", ", brief.values()).replace('-', ' '));
        }
        float[] vector = embedder == null || meaning.isEmpty() ? null : embedder.embedQuery(String.join(". ", meaning));
        return new IndexQuery(String.join(" ", words), vector, filter(brief, Set.of()), candidates);
    }

    /** The brief's hard filters, plus creators to leave out. */
    static IndexFilter filter(Brief brief, Set<CreatorKey> alsoExclude) {
        TierScheme scheme = TierScheme.named(brief.tierScheme());
        Long min = null;
        Long max = null;
        boolean unbounded = false;
        for (Tier t : brief.tiers()) {
            Long lo = scheme.lowerBound(t);
            Long hi = scheme.upperBound(t);
            min = min == null || (lo != null && lo < min) ? lo : min;
            unbounded |= hi == null;
            max = hi != null && (max == null || hi > max) ? hi : max;
        }
        if (unbounded) {
            max = null;
        }
        if (min != null && min == 0) {
            min = null;
        }
        var f = brief.filters();
        if (f.minFollowers() != null) {
            min = min == null ? f.minFollowers() : Math.max(min, f.minFollowers());
        }
        if (f.maxFollowers() != null) {
            max = max == null ? f.maxFollowers() : Math.min(max, f.maxFollowers());
        }
        Set<CreatorKey> excluded = new HashSet<>(alsoExclude);
        Set<Platform> platforms = brief.platforms().isEmpty() ? Set.of(Platform.values()) : brief.platforms();
        for (String e : f.exclude()) {
            if (e.indexOf(':') > 0) {
                excluded.add(CreatorKey.parse(e));
            } else {
                platforms.forEach(p -> excluded.add(CreatorKey.of(p, e)));
            }
        }
        return new IndexFilter(
                brief.platforms(), min, max, f.countries(), f.languages(), f.minAuthenticity(), null, excluded);
    }

    /** Exact tier membership (the follower bounds above cover gaps between non-adjacent tiers; this does not). */
    static boolean inTiers(Brief brief, Long followers) {
        if (brief.tiers().size() == Tier.values().length) {
            return true;
        }
        Tier t = TierScheme.named(brief.tierScheme()).tierOf(followers);
        return t != null && brief.tiers().contains(t);
    }
}
