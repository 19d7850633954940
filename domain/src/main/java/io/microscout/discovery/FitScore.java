package io.microscout.discovery;

import java.util.Comparator;
import java.util.List;

/**
 * A creator's fit to a brief: one score 0..1, the weighted mean of the components that count, with every
 * component kept for explanation.
 */
public record FitScore(double score, List<ComponentScore> components) {
    public FitScore {
        components = List.copyOf(components);
    }

    public ComponentScore component(FitComponent c) {
        return components.stream().filter(s -> s.component() == c).findFirst().orElseThrow();
    }

    /** The reasons of the components that weigh most in this score (value x weight), strongest first. */
    public List<String> topReasons(int n) {
        return components.stream().filter(c -> c.counted() != null)
                .sorted(Comparator.comparingDouble((ComponentScore c) -> c.counted() * c.weight()).reversed())
                .limit(n).map(c -> c.component().id() + ": " + c.reason()).toList();
    }
}
