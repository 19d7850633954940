package io.microscout.outreach.likelihood;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.List;

/** A likelihood as it was estimated at a time, with the signals it used: what calibration and learning read. */
public record Prediction(CreatorKey creator, double probability, List<Evidence> evidence, Instant at) {
    public Prediction {
        evidence = List.copyOf(evidence);
    }
}
