package io.microscout.brief;

import java.util.List;
import java.util.Map;

/**
 * Weights the brief sets for fit components, overriding the documented defaults
 * ({@code io.microscout.discovery.FitWeights}); components not named keep their default.
 */
public record BriefWeights(Map<String, Double> byComponent) {
    /** The fit components a brief may weight, by their names in the brief. */
    public static final List<String> COMPONENTS = List.of(
            "relevance", "audience", "authenticity", "engagement", "values", "brandSafety", "willingness");

    public BriefWeights {
        byComponent = byComponent == null ? Map.of() : Map.copyOf(byComponent);
    }

    public static BriefWeights defaults() {
        return new BriefWeights(Map.of());
    }
}
