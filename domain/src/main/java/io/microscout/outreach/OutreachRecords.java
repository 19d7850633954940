package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: one workspace's pipeline, each creator's history of moves, and the creators who opted out. */
public interface OutreachRecords {

    /** Every entry of the workspace, in the order they were added. */
    List<OutreachEntry> entries();

    Optional<OutreachEntry> entry(CreatorKey creator);

    /** The creator's moves, oldest first. */
    List<StageMove> history(CreatorKey creator);

    /** Adds entries with their first moves in one transaction (entries whose creator is already there excepted). */
    void add(List<OutreachEntry> entries, List<StageMove> firstMoves);

    /** Stores the entry as it is after the move and appends the move, in one transaction. */
    void record(OutreachEntry after, StageMove move);

    void setEmail(CreatorKey creator, String email);

    /**
     * Deletes everything this workspace's outreach holds about the creator (entry, history, sent-mail log,
     * likelihood snapshots) except the opt-out, which is kept so that the creator is never mailed again; returns
     * the number of rows deleted.
     */
    int forget(CreatorKey creator);

    void optOut(CreatorKey creator, String note, Instant at);

    Set<CreatorKey> optOuts();

    default boolean optedOut(CreatorKey creator) {
        return optOuts().contains(creator);
    }
}
