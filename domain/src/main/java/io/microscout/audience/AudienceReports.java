package io.microscout.audience;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the measured audiences of creators, newest first per creator and kind. */
public interface AudienceReports {
    /** Stores the reports in one transaction. */
    void saveAll(List<AudienceReport> reports);

    /** The newest report of that kind, if any. */
    Optional<AudienceReport> latest(CreatorKey creator, AudienceKind kind);

    /**
     * The report discovery and the forecast use per creator: the newest engaged-audience report, else the newest
     * follower report ({@link AudienceKind}); creators without one are absent.
     */
    Map<CreatorKey, AudienceReport> bestOf(Collection<CreatorKey> creators);

    /** How many creators have a measured share of that dimension ("country", "language", "age", "gender"). */
    long creatorsMeasuring(String dimension);

    default Optional<AudienceReport> best(CreatorKey creator) {
        return Optional.ofNullable(bestOf(List.of(creator)).get(creator));
    }
}
