package io.microscout.niche;

import java.util.List;
import java.util.Map;

/**
 * The posts behind each content claim of a {@link ContentProfile}: for every niche, value and risky topic id, the
 * posts that carry it with the words found, newest first, so that "vegan in 7 of 30 posts" can be checked post
 * by post.
 */
public record ContentEvidence(
        Map<String, List<PostMatch>> niches, Map<String, List<PostMatch>> values, Map<String, List<PostMatch>> risks) {

    public ContentEvidence {
        niches = Map.copyOf(niches);
        values = Map.copyOf(values);
        risks = Map.copyOf(risks);
    }

    public List<PostMatch> niche(String id) {
        return niches.getOrDefault(id, List.of());
    }

    public List<PostMatch> value(String id) {
        return values.getOrDefault(id, List.of());
    }

    public List<PostMatch> risk(String id) {
        return risks.getOrDefault(id, List.of());
    }
}
