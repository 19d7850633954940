package io.microscout.app;

import io.microscout.authenticity.AudienceSamples;
import io.microscout.authenticity.AuthenticityRecords;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.CatalogAuthenticity;
import io.microscout.authenticity.PostComments;
import io.microscout.creator.CreatorCatalog;
import io.microscout.importer.audience.AudienceImport;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.ImportService;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.models.AccountModelFile;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.store.audience.JdbiAudienceSamples;
import io.microscout.store.audience.JdbiAuthenticityRecords;
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
    private final JdbiAudienceSamples audience;
    private final AuthenticityRecords authenticityRecords;
    private final CatalogAuthenticity authenticity;
    private final AudienceImport audienceImport;

    private MicroScout(CatalogStore store, Settings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.measurer = new CatalogMeasurer(store.catalog(), new MetricsCalculator(settings.metricsWindow()), clock);
        this.audience = new JdbiAudienceSamples(store.jdbi());
        this.authenticityRecords = new JdbiAuthenticityRecords(store.jdbi());
        this.authenticity = new CatalogAuthenticity(store.catalog(), audience, audience, authenticityRecords,
                new AuthenticityScorer(AccountModelFile.shipped()), clock);
        this.imports = new ImportService(store.catalog(), measurer);
        imports.scoreAuthenticityWith(authenticity);
        this.audienceImport = new AudienceImport(store.catalog(), audience, audience, authenticity);
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

    /** Follower samples of creators, in the catalog's database. */
    public AudienceSamples audienceSamples() {
        return audience;
    }

    /** Comments under creators' posts, in the catalog's database. */
    public PostComments postComments() {
        return audience;
    }

    /** Creators' stored authenticity (what {@code creators --min-authenticity} filters on). */
    public AuthenticityRecords authenticityRecords() {
        return authenticityRecords;
    }

    /** Scores creators' authenticity from the catalog and keeps the stored scores up to date. */
    public CatalogAuthenticity authenticity() {
        return authenticity;
    }

    /** Imports follower samples and comments. */
    public AudienceImport audienceImport() {
        return audienceImport;
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
