package io.microscout.generator;

import io.microscout.creator.Platform;
import java.util.List;

/**
 * What the generator knows about a creator that an analysis must find out: its niches, values, risky topics
 * and planted fraud. Written to ground-truth.csv.
 *
 * @param fakeFollowerShare share of the whole audience that is fake or bought (not organic), 0..1
 * @param sampleFakeCount   fake or mass-follower profiles planted in the written follower sample
 */
public record GroundTruth(
        Platform platform,
        String handle,
        String person,
        String primaryNiche,
        String secondaryNiche,
        List<String> values,
        List<String> risks,
        FraudKind fraud,
        double fakeFollowerShare,
        int sampleFakeCount) {
    public GroundTruth {
        values = List.copyOf(values);
        risks = List.copyOf(risks);
    }
}
