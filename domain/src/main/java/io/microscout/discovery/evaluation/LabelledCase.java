package io.microscout.discovery.evaluation;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A brief with its known answers: the creators relevant to it, each with a grade (1 relevant, 2+ more relevant).
 */
public record LabelledCase(String name, Brief brief, Map<CreatorKey, Integer> grades) {
    public LabelledCase {
        grades = Map.copyOf(grades);
    }

    public Set<CreatorKey> relevant() {
        return grades.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
