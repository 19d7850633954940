package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers what a reader finds in one file: the valid records, the count of records seen, the problems.
 * Either all records in one batch, or (streaming) in chunks handed over as they fill.
 */
public final class ImportReadBuilder {
    private final String source;
    private final ProblemLog problems;
    private final RecordChecks checks;
    private final List<Creator> creators = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<FollowerSnapshot> snapshots = new ArrayList<>();
    private final int chunkSize;
    private final Consumer<CatalogBatch> chunks;
    private int recordsRead;

    /** Gathers the whole file into the batch that {@link #build()} returns. */
    public ImportReadBuilder(String source) {
        this(source, Integer.MAX_VALUE, null);
    }

    /** Hands the records to {@code chunks} every {@code chunkSize} records; {@link #build()} returns an empty batch. */
    public ImportReadBuilder(String source, int chunkSize, Consumer<CatalogBatch> chunks) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkSize);
        }
        this.source = source;
        this.problems = new ProblemLog(source);
        this.checks = new RecordChecks(problems);
        this.chunkSize = chunkSize;
        this.chunks = chunks;
    }

    public ProblemLog problems() {
        return problems;
    }

    /** Counts one record of the file, valid or not. */
    public void recordSeen() {
        recordsRead++;
    }

    /**
     * Adds a record read at {@code location} ("line 12", "$.items[3]") unless it does not fit the catalog or
     * repeats one of the same file ({@link RecordChecks}, which reports why).
     */
    public void add(Creator creator, String location) {
        if (checks.accept(creator, location)) {
            creators.add(creator);
            flushWhenFull();
        }
    }

    public void add(Post post, String location) {
        if (checks.accept(post, location)) {
            posts.add(post);
            flushWhenFull();
        }
    }

    public void add(FollowerSnapshot snapshot, String location) {
        if (checks.accept(snapshot, location)) {
            snapshots.add(snapshot);
            flushWhenFull();
        }
    }

    /** A creator and, when its follower count is known, a snapshot of its counts at the time observed. */
    public void addWithSnapshot(Creator creator, String location) {
        if (!checks.accept(creator, location)) {
            return;
        }
        creators.add(creator);
        if (creator.followers() != null && creator.observedAt() != null) {
            snapshots.add(new FollowerSnapshot(
                    creator.key(),
                    creator.observedAt(),
                    creator.followers(),
                    creator.following(),
                    creator.mediaCount()));
        }
        flushWhenFull();
    }

    /** The batch of the whole file, or (when streaming) the problems and count, after the last chunk is handed over. */
    public ImportRead build() {
        if (chunks == null) {
            return new ImportRead(
                    new CatalogBatch(source, creators, posts, snapshots),
                    problems.list(),
                    recordsRead,
                    problems.repairs());
        }
        flush();
        return new ImportRead(
                new CatalogBatch(source, List.of(), List.of(), List.of()),
                problems.list(),
                recordsRead,
                problems.repairs());
    }

    private void flushWhenFull() {
        if (chunks != null && creators.size() + posts.size() + snapshots.size() >= chunkSize) {
            flush();
        }
    }

    private void flush() {
        if (!creators.isEmpty() || !posts.isEmpty() || !snapshots.isEmpty()) {
            chunks.accept(new CatalogBatch(source, creators, posts, snapshots));
            creators.clear();
            posts.clear();
            snapshots.clear();
        }
    }
}
