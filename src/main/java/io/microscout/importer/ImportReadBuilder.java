package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;

import java.util.ArrayList;
import java.util.List;

/** Gathers what a reader finds in one file: the valid records, the count of records seen, the problems. */
public final class ImportReadBuilder {
    private final String source;
    private final ProblemLog problems;
    private final List<Creator> creators = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<FollowerSnapshot> snapshots = new ArrayList<>();
    private int recordsRead;

    public ImportReadBuilder(String source) {
        this.source = source;
        this.problems = new ProblemLog(source);
    }

    public ProblemLog problems() {
        return problems;
    }

    /** Counts one record of the file, valid or not. */
    public void recordSeen() {
        recordsRead++;
    }

    public void add(Creator creator) {
        creators.add(creator);
    }

    public void add(Post post) {
        posts.add(post);
    }

    public void add(FollowerSnapshot snapshot) {
        snapshots.add(snapshot);
    }

    /** A creator and, when its follower count is known, a snapshot of its counts at the time observed. */
    public void addWithSnapshot(Creator creator) {
        creators.add(creator);
        if (creator.followers() != null && creator.observedAt() != null) {
            snapshots.add(new FollowerSnapshot(creator.key(), creator.observedAt(), creator.followers(),
                    creator.following(), creator.mediaCount()));
        }
    }

    public ImportRead build() {
        return new ImportRead(new CatalogBatch(source, creators, posts, snapshots), problems.list(), recordsRead);
    }
}
