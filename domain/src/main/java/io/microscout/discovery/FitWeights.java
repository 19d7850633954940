package io.microscout.discovery;

import io.microscout.brief.BriefWeights;
import io.microscout.brief.FitComponent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Weights of the fit components. No published study gives weights for creator-brand fit, so the defaults are
 * MicroScout's choice, set by the order of concerns: topic first (a creator who does not talk about the
 * product cannot sell it), then the audience and its realness (docs/sources.md: "the right audience", "real
 * followers"), then engagement against its tier, values, brand safety and the likelihood of a yes. Relevance
 * weighs most because the other components hold for most creators (any clean, real account scores well on
 * them): on a generated catalog with relevance at 0.30, vegan gaming creators ranked beside beauty creators for a
 * vegan skincare brief.
 * A brief overrides any of them ({@code weights:}); they need not sum to 1 (the score divides by their sum).
 */
public final class FitWeights {
    private static final Map<FitComponent, Double> DEFAULTS = new EnumMap<>(Map.of(
            FitComponent.RELEVANCE, 0.40,
            FitComponent.AUDIENCE, 0.15,
            FitComponent.AUTHENTICITY, 0.15,
            FitComponent.ENGAGEMENT, 0.10,
            FitComponent.VALUES, 0.10,
            FitComponent.BRAND_SAFETY, 0.05,
            FitComponent.WILLINGNESS, 0.05));

    private final Map<FitComponent, Double> weights;

    private FitWeights(Map<FitComponent, Double> weights) {
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    public static FitWeights defaults() {
        return new FitWeights(DEFAULTS);
    }

    /** The defaults with the brief's overrides. */
    public static FitWeights from(BriefWeights brief) {
        Map<FitComponent, Double> m = new EnumMap<>(DEFAULTS);
        m.putAll(brief.byComponent());
        return new FitWeights(m);
    }

    public double of(FitComponent c) {
        return weights.get(c);
    }

    public Map<FitComponent, Double> asMap() {
        return weights;
    }
}
