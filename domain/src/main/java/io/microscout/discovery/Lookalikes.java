package io.microscout.discovery;

import io.microscout.brief.AudienceTarget;
import io.microscout.brief.Brief;
import io.microscout.brief.BriefWeights;
import io.microscout.brief.FitComponent;
import io.microscout.creator.Platform;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.NicheMatch;
import io.microscout.niche.TermEvidence;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The implicit brief of a lookalike search: the seed's niches, its most frequent niche terms as keywords, its
 * audience's countries and languages as the target audience, its tier (all tiers when its followers are unknown),
 * its platform (unless every platform is asked for), and audience weighed as much as topic.
 */
final class Lookalikes {
    /** MicroScout's choice: enough terms to say what the seed is about, few enough to stay on its topic. */
    static final int TOP_TERMS = 8;

    private Lookalikes() {}

    /**
     * MicroScout's choice: "like this creator" asks for the same audience as much as the same topic, so audience
     * weighs as much as relevance (0.40 each); the other components keep their defaults.
     */
    static final BriefWeights WEIGHTS =
            new BriefWeights(Map.of(FitComponent.RELEVANCE, 0.40, FitComponent.AUDIENCE, 0.40));

    static Brief briefFor(CreatorProfile seed, ContentProfile content, boolean allPlatforms) {
        List<String> niches =
                content.niches().stream().map(NicheMatch::nicheId).limit(3).toList();
        Set<String> terms = new LinkedHashSet<>();
        for (NicheMatch n : content.niches()) {
            for (TermEvidence e : n.count().evidence()) {
                if (terms.size() < TOP_TERMS) {
                    terms.add(e.term().replace("#", ""));
                }
            }
        }
        AudienceData a = AudienceProfile.of(seed.creator(), seed.audience()).data();
        AudienceTarget audience = new AudienceTarget(topKeys(a.countries()), topKeys(a.languages()), null, null);
        Tier tier = TierScheme.microscoutDefault().tierOf(seed.creator().followers());
        Set<Tier> tiers = tier == null ? Set.of(Tier.values()) : Set.of(tier);
        Set<Platform> platforms =
                allPlatforms ? Set.of() : Set.of(seed.creator().platform());
        return new Brief(
                null,
                null,
                new ArrayList<>(terms),
                niches,
                platforms,
                tiers,
                null,
                audience,
                null,
                null,
                null,
                null,
                null,
                WEIGHTS,
                null);
    }

    /** Keys holding at least 10% of the audience (the main markets; MicroScout's cut), or all when none does. */
    private static Set<String> topKeys(Map<String, Double> shares) {
        Set<String> out = new LinkedHashSet<>();
        shares.forEach((k, v) -> {
            if (v >= 0.1) {
                out.add(k);
            }
        });
        return out.isEmpty() ? shares.keySet() : out;
    }
}
