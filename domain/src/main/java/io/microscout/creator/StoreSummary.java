package io.microscout.creator;

/** What storing a batch changed: new rows, changed rows, rows that were already there as they are. */
public record StoreSummary(
        int creatorsAdded,
        int creatorsUpdated,
        int creatorsUnchanged,
        int postsAdded,
        int postsUpdated,
        int postsUnchanged,
        int snapshotsAdded) {

    public static StoreSummary empty() {
        return new StoreSummary(0, 0, 0, 0, 0, 0, 0);
    }

    public StoreSummary plus(StoreSummary o) {
        return new StoreSummary(
                creatorsAdded + o.creatorsAdded,
                creatorsUpdated + o.creatorsUpdated,
                creatorsUnchanged + o.creatorsUnchanged,
                postsAdded + o.postsAdded,
                postsUpdated + o.postsUpdated,
                postsUnchanged + o.postsUnchanged,
                snapshotsAdded + o.snapshotsAdded);
    }

    public boolean changedNothing() {
        return creatorsAdded == 0
                && creatorsUpdated == 0
                && postsAdded == 0
                && postsUpdated == 0
                && snapshotsAdded == 0;
    }
}
