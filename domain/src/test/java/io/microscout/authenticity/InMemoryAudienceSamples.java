package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AudienceSamples} and {@link PostComments} in memory: for tests and one-off CLI runs. */
public final class InMemoryAudienceSamples implements AudienceSamples, PostComments {
    private final Map<CreatorKey, List<FollowerSample>> samples = new HashMap<>();
    private final Map<CreatorKey, List<CommentSample>> comments = new HashMap<>();

    @Override
    public synchronized void save(FollowerSample sample) {
        samples.computeIfAbsent(sample.creator(), k -> new ArrayList<>()).add(sample);
    }

    @Override
    public synchronized Optional<FollowerSample> latest(CreatorKey creator) {
        return samples.getOrDefault(creator, List.of()).stream().max(Comparator.comparing(FollowerSample::takenAt));
    }

    @Override
    public synchronized void add(CreatorKey creator, List<CommentSample> added) {
        comments.computeIfAbsent(creator, k -> new ArrayList<>()).addAll(added);
    }

    @Override
    public synchronized List<CommentSample> of(CreatorKey creator) {
        return List.copyOf(comments.getOrDefault(creator, List.of()));
    }
}
