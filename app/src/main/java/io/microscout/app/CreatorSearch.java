package io.microscout.app;

import io.microscout.catalog.CatalogEntry;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CatalogCreatorProfiles;
import io.microscout.discovery.CatalogIndexer;
import io.microscout.discovery.CreatorIndex;
import io.microscout.discovery.CreatorProfiles;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.TextEmbedder;
import io.microscout.privacy.PersonalDataHolder;
import io.microscout.search.LuceneCreatorIndex;
import io.microscout.search.LuceneIndexSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Discovery's wiring: the Lucene index on disk under {@code <home>/index} (or a SolrCloud collection, {@code
 * --index solr:...}: {@link SolrIndexing}), the text embedder (loaded only when
 * something is embedded), the catalog's creator profiles, the indexer that follows imports, and the
 * {@link DiscoveryService} over them. The index is opened on first use and rebuilt from the catalog when it is
 * missing or empty while the catalog is not. No process holds the index's write lock between writes, so
 * commands and a server share one home (docs/server.md, "Sharing a home").
 *
 * <p>Index entries are never stale for good (issue 11): the store marks every creator it changes as unindexed
 * in the same transaction as its rows ({@link CreatorCatalog#unindexedCreators}); {@link #creatorsChanged} clears
 * the marks once the creators' documents are committed, and the first time this process opens the index it
 * re-indexes any creator still marked (an import killed between its commit and the index update, or one run
 * with --no-index), then clears those marks. A full rebuild clears the marks it found before it started.
 */
public final class CreatorSearch implements AutoCloseable {
    private final CreatorCatalog catalog;
    private final Path folder;
    private final TextEmbedder embedder;
    private final AuthenticityLookup authenticity;
    private final CreatorProfiles profiles;
    /** What discovery reads: the profiles, kept between writes (the indexer reads the catalog itself). */
    private final CreatorProfiles keptProfiles;

    private final CatalogIndexer indexer;
    private final SolrIndexing solr;
    private CreatorIndex solrIndex;
    private LuceneCreatorIndex lucene;
    private boolean repairChecked;

    /** @param solr the SolrCloud index to use, or null for the embedded one under {@code folder} */
    CreatorSearch(
            CreatorCatalog catalog,
            Path folder,
            SolrIndexing solr,
            TextEmbedder embedder,
            int recentPosts,
            AuthenticityLookup authenticity,
            io.microscout.discovery.CreatorLookup<io.microscout.discovery.AudienceProfile> measuredAudience,
            io.microscout.store.StoreChanges changes) {
        this.catalog = catalog;
        this.folder = folder;
        this.solr = solr;
        this.embedder = embedder;
        this.authenticity = authenticity;
        this.profiles = new CatalogCreatorProfiles(catalog, recentPosts, authenticity.scores(), measuredAudience);
        this.indexer = new CatalogIndexer(this::index, profiles, embedder);
        this.keptProfiles = new KeptProfiles(profiles, changes);
    }

    /** A creator's profile as discovery reads it (kept since the last write when discovery just read it). */
    public java.util.Optional<io.microscout.discovery.CreatorProfile> profile(io.microscout.creator.CreatorKey key) {
        return keptProfiles.find(key);
    }

    /** The indexer that follows imports (commands suspend it for --no-index and count what it indexed). */
    public CatalogIndexer indexer() {
        return indexer;
    }

    /**
     * The import's catalog listener: indexes the changed creators (unless the indexer is suspended) and then
     * clears their unindexed marks, which the store set in the import's own transaction.
     */
    public void creatorsChanged(Collection<CatalogEntry> changed) {
        if (indexer.suspended()) {
            return;
        }
        index(); // first use: creators an earlier import left unindexed are indexed before these
        long upTo = catalog.staleMarkPoint(); // after the import's commit, before the indexer reads their rows
        indexer.creatorsChanged(changed);
        catalog.markIndexed(changed.stream().map(e -> e.creator().key()).toList(), upTo);
    }

    /** The SolrCloud index when one is configured, else the embedded Lucene index. */
    public synchronized CreatorIndex index() {
        CreatorIndex opened;
        if (solr == null) {
            opened = lucene();
        } else {
            if (solrIndex == null) {
                solrIndex = solr.open();
            }
            opened = solrIndex;
        }
        if (!repairChecked) {
            repairChecked = true; // set first: the repair itself writes through this method
            repairUnindexed(opened);
        }
        return opened;
    }

    /**
     * Catches up with creators marked unindexed since the index was opened (by another process on the same home, or
     * an import it ran with the index suspended): what a long-running process such as {@code serve} calls from time
     * to time, since its one check at opening would otherwise be its only one.
     */
    public synchronized void catchUp() {
        repairUnindexed(index());
    }

    /**
     * Re-indexes the creators still marked unindexed and clears their marks; a marked creator no longer in the
     * catalog loses its document. Skipped while the indexer is suspended (the command rebuilds the index itself)
     * and when the index is empty but the catalog is not (the full build that follows clears the marks).
     */
    private void repairUnindexed(CreatorIndex index) {
        if (indexer.suspended()) {
            return;
        }
        long upTo = catalog.staleMarkPoint();
        Set<CreatorKey> marked = catalog.unindexedCreators();
        if (marked.isEmpty() || (index.size() == 0 && catalog.countCreators() > 0)) {
            return;
        }
        System.err.println("microscout: updating the search index entries of " + marked.size()
                + " creator(s) changed since the index last saw them (a follower-sample or comments import, one with"
                + " --no-index, or one that was interrupted)");
        Set<CreatorKey> gone = new LinkedHashSet<>(marked);
        gone.removeAll(catalog.creatorsOf(marked).keySet());
        gone.forEach(index::remove);
        indexer.index(marked.stream().filter(k -> !gone.contains(k)).toList(), CatalogIndexer.Progress.silent());
        catalog.markIndexed(marked, upTo);
    }

    private synchronized LuceneCreatorIndex lucene() {
        if (lucene == null) {
            lucene = LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults());
            lucene.onWaitForLock(notice -> System.err.println("microscout: " + notice));
        }
        return lucene;
    }

    public Path folder() {
        return folder;
    }

    /** Where the index is: the embedded index's folder, or the SolrCloud address. */
    public String describe() {
        return solr != null ? solr.address().toString() : folder.toString();
    }

    public AuthenticityLookup authenticity() {
        return authenticity;
    }

    /**
     * The discovery service over the index, rebuilt first when it is empty and the catalog is not (first use,
     * or a deleted index folder).
     */
    public DiscoveryService discovery(Supplier<CatalogIndexer.Progress> rebuildProgress) {
        if (index().size() == 0 && catalog.countCreators() > 0) {
            rebuild(rebuildProgress.get(), documents -> documents == 0); // unless another process just built it
        }
        return new DiscoveryService(index(), keptProfiles, embedder);
    }

    /**
     * Replaces the index with one built from every creator of the catalog, in one commit (searches, here and in
     * other processes, see the old index until then; a failure keeps it); returns the creators indexed.
     */
    public long rebuild(CatalogIndexer.Progress progress) {
        return rebuild(progress, documents -> true);
    }

    private long rebuild(CatalogIndexer.Progress progress, LongPredicate whenDocuments) {
        synchronized (this) {
            repairChecked = true; // the rebuild indexes every creator: no separate repair inside it
        }
        long upTo = catalog.staleMarkPoint();
        Set<CreatorKey> marked = catalog.unindexedCreators(); // before reading the catalog: all are in the rebuild
        if (solr != null) {
            List<CreatorKey> keys = new ArrayList<>();
            catalog.forEachEntry((CatalogEntry e) -> keys.add(e.creator().key()));
            long indexed = solr.rebuild(keys, target -> new CatalogIndexer(() -> target, profiles, embedder), progress);
            catalog.markIndexed(marked, upTo);
            return indexed;
        }
        long before = indexer.creatorsIndexed();
        boolean replaced = lucene().replaceAll(whenDocuments, () -> {
            List<CreatorKey> keys = new ArrayList<>();
            catalog.forEachEntry((CatalogEntry e) -> keys.add(e.creator().key()));
            indexer.index(keys, n -> progress.indexed(n - before));
        });
        if (replaced) {
            catalog.markIndexed(marked, upTo);
        }
        return indexer.creatorsIndexed() - before;
    }

    /** Copies the index's last commit into {@code target} (a backup); returns the documents it holds. */
    public long copyIndexTo(Path target) {
        return Files.isDirectory(folder) ? lucene().copyTo(target) : 0;
    }

    /** The index as a holder of personal data: its documents are derived from the catalog (text, niches, vector). */
    public PersonalDataHolder personalData() {
        return new PersonalDataHolder() {
            @Override
            public String name() {
                return "search index";
            }

            @Override
            public Map<String, List<Map<String, Object>>> export(CreatorKey creator) {
                return Map.of(); // a derived copy of the catalog rows exported above, nothing of its own
            }

            @Override
            public Map<String, Integer> forget(CreatorKey creator) {
                if (solr == null && !Files.isDirectory(folder)) {
                    return Map.of("documents", 0);
                }
                long before = index().size();
                index().remove(creator);
                return Map.of("documents", (int) Math.max(0, before - index().size()));
            }
        };
    }

    @Override
    public synchronized void close() {
        if (lucene != null) {
            lucene.close();
            lucene = null;
        }
        if (solrIndex != null) {
            solrIndex.close();
            solrIndex = null;
        }
    }
}
