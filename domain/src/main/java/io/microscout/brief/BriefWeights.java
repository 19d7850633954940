package io.microscout.brief;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weights the brief sets for fit components, overriding the documented defaults
 * ({@code io.microscout.discovery.FitWeights}); components not named keep their default.
 */
public record BriefWeights(Map<FitComponent, Double> byComponent) {
    /** The fit components a brief may weight, by their names in the brief (the {@link FitComponent} ids). */
    public static final List<String> COMPONENTS =
            Arrays.stream(FitComponent.values()).map(FitComponent::id).toList();

    public BriefWeights {
        byComponent = byComponent == null || byComponent.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(byComponent));
    }

    public static BriefWeights defaults() {
        return new BriefWeights(Map.of());
    }
}
