package io.microscout.importer;

import io.microscout.catalog.CatalogEntry;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.StoreSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one import, each stored in a transaction of its own, with what follows storing — metrics,
 * authenticity, the creators' fresh marks and the listeners (the index) — done once for all of them in
 * {@link #finish} instead of once per file: a catalog imported as profiles, posts and snapshots files had every
 * creator measured and scored three times (docs/speed.md). Until then the store's stale marks stand for the
 * work not yet done, so a crash in between is repaired on the next open ({@link ImportService#repairStale}).
 *
 * <p>The stored batches are held until {@link #finish}; past {@value #MAX_PENDING_ROWS} rows the round finishes
 * what it holds and goes on, so an import of many large files does not hold them all.
 */
public final class ImportRound {
    static final int MAX_PENDING_ROWS = 2_000_000;

    private final ImportService service;
    private final List<CatalogBatch> pending = new ArrayList<>();
    private StoreSummary pendingSummary = StoreSummary.empty();
    private long pendingRows;
    /** The stale-mark point before the first pending batch, and the marking commits of this round since. */
    private long pointBefore;

    private int ownMarks;

    ImportRound(ImportService service) {
        this.service = service;
    }

    /** Stores a batch in its own transaction; its creators are measured at {@link #finish}. */
    public StoreSummary store(CatalogBatch batch) {
        if (pending.isEmpty()) {
            pointBefore = service.staleMarkPoint();
            ownMarks = 0;
        }
        StoreSummary summary = service.storeOnly(batch);
        if (!summary.changedNothing()) {
            ownMarks++; // the store marks once per transaction that changed something
            pending.add(batch);
            pendingSummary = pendingSummary.plus(summary);
            pendingRows += batch.creators().size()
                    + batch.posts().size()
                    + batch.snapshots().size();
            if (pendingRows >= MAX_PENDING_ROWS) {
                finish();
            }
        }
        return summary;
    }

    /** Measures, scores, marks fresh and announces every creator stored since the last finish; returns them. */
    public List<CatalogEntry> finish() {
        if (pending.isEmpty()) {
            return List.of();
        }
        CatalogBatch all = union(pending);
        StoreSummary summary = pendingSummary;
        pending.clear();
        pendingSummary = StoreSummary.empty();
        pendingRows = 0;
        long upTo = service.staleMarkPoint(); // after the round's commits, before its creators' rows are read
        return service.afterStore(all, summary, upTo, upTo == pointBefore + ownMarks);
    }

    private static CatalogBatch union(List<CatalogBatch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        List<Creator> creators = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<FollowerSnapshot> snapshots = new ArrayList<>();
        for (CatalogBatch b : batches) {
            creators.addAll(b.creators());
            posts.addAll(b.posts());
            snapshots.addAll(b.snapshots());
        }
        return new CatalogBatch(batches.get(0).source(), creators, posts, snapshots);
    }
}
