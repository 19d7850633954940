package io.microscout.discovery;

import io.microscout.brief.FitComponent;
import java.util.Comparator;
import java.util.List;

/**
 * A creator's fit to a brief: one score 0..1, the weighted mean of the components that are known, with every
 * component kept for explanation.
 *
 * @param evidence the share of the brief's weights the score rests on (1: every component known; 0.55: the
 *                 unknown ones, e.g. engagement and authenticity of a creator with a bio only, weigh 45%)
 */
public record FitScore(double score, double evidence, List<ComponentScore> components) {
    public FitScore {
        components = List.copyOf(components);
    }

    /** "rests on 55% of the weights (unknown: authenticity, engagement)", or "rests on every component". */
    public String explainEvidence() {
        List<String> unknown = components.stream()
                .filter(c -> c.counted() == null)
                .map(c -> c.component().id())
                .toList();
        return unknown.isEmpty()
                ? "rests on every component"
                : String.format(
                        java.util.Locale.ROOT,
                        "rests on %.0f%% of the weights (unknown: %s)",
                        100 * evidence,
                        String.join(", ", unknown));
    }

    public ComponentScore component(FitComponent c) {
        return components.stream().filter(s -> s.component() == c).findFirst().orElseThrow();
    }

    /** The reasons of the components that weigh most in this score (value x weight), strongest first. */
    public List<String> topReasons(int n) {
        return components.stream()
                .filter(c -> c.counted() != null)
                .sorted(Comparator.comparingDouble((ComponentScore c) -> c.counted() * c.weight())
                        .reversed())
                .limit(n)
                .map(c -> c.component().id() + ": " + c.reason())
                .toList();
    }
}
