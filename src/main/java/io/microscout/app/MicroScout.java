package io.microscout.app;

import io.microscout.creator.CreatorCatalog;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.ImportService;
import io.microscout.metrics.MetricsCalculator;
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

    private MicroScout(CatalogStore store, Settings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.measurer = new CatalogMeasurer(store.catalog(), new MetricsCalculator(settings.metricsWindow()), clock);
        this.imports = new ImportService(store.catalog(), measurer);
    }

    /** Opens MicroScout at that location with the settings of its home (options override them). */
    public static MicroScout open(StoreLocation location, String tierSchemeOption, String metricsWindowOption) {
        Settings settings = Settings.load(location.home(), tierSchemeOption, metricsWindowOption);
        return open(location, settings, Clock.systemUTC());
    }

    public static MicroScout open(StoreLocation location, Settings settings, Clock clock) {
        return new MicroScout(CatalogStore.open(location), settings, clock);
    }

    public CreatorCatalog catalog() {
        return store.catalog();
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
        store.close();
    }
}
