package io.microscout.app;

import io.microscout.creator.CreatorCatalog;
import io.microscout.discovery.TextEmbedder;
import io.microscout.embedding.LazyTextEmbedder;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.ImportService;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.tier.TierScheme;

import java.time.Clock;

/**
 * The composition root: opens the catalog database (migrated to the current schema), reads the settings, and
 * wires the services every command shares. One per command run; close it when done.
 */
public final class MicroScout implements AutoCloseable {
    private final CatalogStore store;
    private final Settings settings;
    private final Clock clock;
    private final CatalogMeasurer measurer;
    private final ImportService imports;
    private final CreatorSearch search;

    private MicroScout(CatalogStore store, Settings settings, Clock clock, TextEmbedder embedder) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.measurer = new CatalogMeasurer(store.catalog(), new MetricsCalculator(settings.metricsWindow()), clock);
        this.imports = new ImportService(store.catalog(), measurer);
        this.search = new CreatorSearch(store.catalog(), store.location().home().resolve("index"), embedder,
                recentPosts(settings), AuthenticityLookup.NOT_STORED);
        imports.addListener(search.indexer());
    }

    /** Posts discovery reads per creator: the metrics window's count, else the default window's 30 posts. */
    private static int recentPosts(Settings settings) {
        Integer n = settings.metricsWindow().lastPosts();
        return n != null ? n : MetricsWindow.defaults().lastPosts();
    }

    /** Opens MicroScout at that location with the settings of its home (options override them). */
    public static MicroScout open(StoreLocation location, String tierSchemeOption, String metricsWindowOption) {
        Settings settings = Settings.load(location.home(), tierSchemeOption, metricsWindowOption);
        return open(location, settings, Clock.systemUTC());
    }

    public static MicroScout open(StoreLocation location, Settings settings, Clock clock) {
        return open(location, settings, clock, LazyTextEmbedder.miniLm());
    }

    /** With another text embedder (tests use the hashing stand-in for speed; it knows no meaning). */
    public static MicroScout open(StoreLocation location, Settings settings, Clock clock, TextEmbedder embedder) {
        return new MicroScout(CatalogStore.open(location), settings, clock, embedder);
    }

    public CreatorCatalog catalog() {
        return store.catalog();
    }

    /** Discovery: the search index, the embedder, the indexer following imports, the discovery service. */
    public CreatorSearch search() {
        return search;
    }

    public ImportService imports() {
        return imports;
    }

    public CatalogMeasurer measurer() {
        return measurer;
    }

    public Settings settings() {
        return settings;
    }

    public TierScheme tierScheme() {
        return settings.tierScheme();
    }

    public Clock clock() {
        return clock;
    }

    /** The database itself, for adapters that keep their own tables beside the catalog. */
    public CatalogStore store() {
        return store;
    }

    public StoreLocation location() {
        return store.location();
    }

    @Override
    public void close() {
        search.close();
        store.close();
    }
}
