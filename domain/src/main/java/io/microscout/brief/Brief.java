package io.microscout.brief;

import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.util.List;
import java.util.Set;

/**
 * A brand's brief: what it sells, whom it wants to reach, what it stands for and avoids, and its hard limits.
 * Keys and their meaning: docs/brief.md. Read from YAML or JSON by {@link BriefReader}.
 *
 * @param product    free-text description of what is promoted; matched by meaning
 * @param niches     niche ids of {@code io.microscout.niche.NicheTaxonomy}
 * @param platforms  empty: every platform
 * @param tiers      default [micro]; translated to follower bounds through the tier scheme
 * @param tierScheme a named {@code TierScheme} (default "microscout")
 * @param values     value theme ids of {@code io.microscout.niche.ValueThemes}
 * @param budget     total budget (null: not said)
 * @param goal       null: not said
 */
public record Brief(
        String brand,
        String product,
        List<String> keywords,
        List<String> niches,
        Set<Platform> platforms,
        Set<Tier> tiers,
        String tierScheme,
        AudienceTarget audience,
        List<String> values,
        Avoid avoid,
        Double budget,
        Goal goal,
        HardFilters filters,
        BriefWeights weights,
        PlanningKnobs planning) {

    public Brief {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        niches = niches == null ? List.of() : List.copyOf(niches);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        tiers = tiers == null || tiers.isEmpty() ? Set.of(Tier.MICRO) : Set.copyOf(tiers);
        tierScheme = tierScheme == null ? "microscout" : tierScheme;
        audience = audience == null ? AudienceTarget.any() : audience;
        values = values == null ? List.of() : List.copyOf(values);
        avoid = avoid == null ? Avoid.nothing() : avoid;
        filters = filters == null ? HardFilters.none() : filters;
        weights = weights == null ? BriefWeights.defaults() : weights;
        planning = planning == null ? PlanningKnobs.defaults() : planning;
    }

    /** A brief with only a product description and niches; everything else default. */
    public static Brief about(String product, List<String> niches) {
        return new Brief(null, product, null, niches, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Brief withTiers(Set<Tier> t) {
        return with(t, filters);
    }

    public Brief withFilters(HardFilters f) {
        return with(tiers, f);
    }

    private Brief with(Set<Tier> t, HardFilters f) {
        return new Brief(
                brand,
                product,
                keywords,
                niches,
                platforms,
                t,
                tierScheme,
                audience,
                values,
                avoid,
                budget,
                goal,
                f,
                weights,
                planning);
    }
}
