package io.microscout.brief;

import java.util.List;
import java.util.Set;

/**
 * What the brand does not want next to its name.
 *
 * @param competitors brand names or handles; a creator mentioning them is scored down in brand safety
 * @param topics      brand-safety topics ({@code io.microscout.niche.RiskTopics} ids: alcohol, gambling, politics,
 *                    profanity, adult) that weigh fully in brand safety
 * @param terms       any other words to avoid (e.g. "fast fashion"), counted like a topic
 */
public record Avoid(List<String> competitors, Set<String> topics, List<String> terms) {
    public Avoid {
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public static Avoid nothing() {
        return new Avoid(null, null, null);
    }
}
