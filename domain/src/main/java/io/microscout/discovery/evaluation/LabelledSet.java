package io.microscout.discovery.evaluation;

import java.util.List;

/**
 * Briefs with known answers, and how the answers were labelled (so a report can say what its numbers mean).
 */
public record LabelledSet(String name, String labelling, List<LabelledCase> cases) {
    public LabelledSet {
        cases = List.copyOf(cases);
    }
}
