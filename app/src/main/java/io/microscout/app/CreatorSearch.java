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
import io.microscout.search.LuceneCreatorIndex;
import io.microscout.search.LuceneIndexSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Discovery's wiring: the Lucene index on disk under {@code <home>/index} (or a SolrCloud collection, {@code
 * --index solr:...}: {@link SolrIndexing}), the text embedder (loaded only when
 * something is embedded), the catalog's creator profiles, the indexer that follows imports, and the
 * {@link DiscoveryService} over them. The index is opened on first use and rebuilt from the catalog when it is
 * missing or empty while the catalog is not.
 */
public final class CreatorSearch implements AutoCloseable {
    private final CreatorCatalog catalog;
    private final Path folder;
    private final TextEmbedder embedder;
    private final AuthenticityLookup authenticity;
    private final CreatorProfiles profiles;
    private final CatalogIndexer indexer;
    private final SolrIndexing solr;
    private CreatorIndex index;

    /** @param solr the SolrCloud index to use, or null for the embedded one under {@code folder} */
    CreatorSearch(
            CreatorCatalog catalog,
            Path folder,
            SolrIndexing solr,
            TextEmbedder embedder,
            int recentPosts,
            AuthenticityLookup authenticity,
            java.util.function.Function<io.microscout.creator.CreatorKey, io.microscout.discovery.AudienceProfile>
                    measuredAudience) {
        this.catalog = catalog;
        this.folder = folder;
        this.solr = solr;
        this.embedder = embedder;
        this.authenticity = authenticity;
        this.profiles = new CatalogCreatorProfiles(catalog, recentPosts, authenticity.score(), measuredAudience);
        this.indexer = new CatalogIndexer(this::index, profiles, embedder);
    }

    /** The indexer to register as the import's catalog listener. */
    public CatalogIndexer indexer() {
        return indexer;
    }

    public synchronized CreatorIndex index() {
        if (index == null) {
            index = solr != null ? solr.open() : LuceneCreatorIndex.onDisk(folder, LuceneIndexSettings.defaults());
        }
        return index;
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
            rebuild(rebuildProgress.get());
        }
        return new DiscoveryService(index(), profiles, embedder);
    }

    /** Replaces the index with one built from every creator of the catalog; returns the creators indexed. */
    public synchronized long rebuild(CatalogIndexer.Progress progress) {
        if (solr != null) {
            List<CreatorKey> keys = new ArrayList<>();
            catalog.forEachEntry((CatalogEntry e) -> keys.add(e.creator().key()));
            return solr.rebuild(keys, target -> new CatalogIndexer(() -> target, profiles, embedder), progress);
        }
        close();
        deleteFolder();
        List<CreatorKey> keys = new ArrayList<>();
        catalog.forEachEntry((CatalogEntry e) -> keys.add(e.creator().key()));
        long before = indexer.creatorsIndexed();
        indexer.index(keys, n -> progress.indexed(n - before));
        index();
        return indexer.creatorsIndexed() - before;
    }

    private void deleteFolder() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
