package io.microscout.connector;

import java.time.Instant;
import java.util.List;

/**
 * What a fetch did: per creator, and why it stopped early (null: it went through the list).
 *
 * @param remaining creators not fetched (or not finished) because the fetch stopped
 */
public record FetchReport(
        List<CreatorOutcome> creators, int calls, String stopped, Instant resumeAt, List<String> remaining) {
    public enum Status {
        FETCHED,
        FAILED
    }

    /**
     * @param pages      answers stored (fetched now or, after a resume, taken from the raw folder)
     * @param rawFolder  where they are, relative to {@code <home>/raw}
     */
    public record CreatorOutcome(
            String handle,
            Status status,
            boolean resumed,
            int pages,
            int postsAdded,
            int postsUpdated,
            int snapshotsAdded,
            String rawFolder,
            String message) {}

    public boolean complete() {
        return stopped == null && creators.stream().allMatch(c -> c.status() == Status.FETCHED);
    }
}
