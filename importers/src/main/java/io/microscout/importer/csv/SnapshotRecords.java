package io.microscout.importer.csv;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.importer.ImportReadBuilder;
import java.time.Instant;

/** A follower snapshots file: a creator's counts at one time per row. */
final class SnapshotRecords implements CsvRecords {

    @Override
    public void read(CsvRow row, ImportReadBuilder out) {
        CreatorKey key = row.creator();
        Instant at = row.requiredTime(CsvColumn.SNAPSHOT_AT);
        Long followers = row.count(CsvColumn.FOLLOWERS);
        if (followers == null && row.valid()) {
            row.problem(CsvColumn.FOLLOWERS, "is required but empty");
        }
        Long following = row.count(CsvColumn.FOLLOWING);
        Long posts = row.count(CsvColumn.POSTS);
        if (!row.valid() || key == null) {
            return;
        }
        out.add(new FollowerSnapshot(key, at, followers, following, posts), row.location());
    }
}
