package io.microscout.discovery;

import io.microscout.brief.AudienceTarget;
import io.microscout.brief.Brief;
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
 * audience's countries and languages as the target audience, its tier (all tiers when its followers are unknown).
 */
final class Lookalikes {
    /** MicroScout's choice: enough terms to say what the seed is about, few enough to stay on topic. */
    /** MicroScout's choice: enough terms to say what the seed is about, few enough to stay on its topic. */
    static final int TOP_TERMS = 8;

    private Lookalikes() {
    }

    static Brief briefFor(CreatorProfile seed, ContentProfile content) {
        List<String> niches = content.niches().stream().map(NicheMatch::nicheId).limit(3).toList();
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
        return new Brief(null, null, new ArrayList<>(terms), niches, null, tiers, null, audience, null, null, null,
                null, null, null, null);
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
