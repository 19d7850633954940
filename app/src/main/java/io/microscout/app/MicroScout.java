package io.microscout.app;

import io.microscout.audience.AudienceReports;
import io.microscout.authenticity.AccountCalibration;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.AudienceSamples;
import io.microscout.authenticity.AuthenticityRecords;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.CatalogAuthenticity;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.PostComments;
import io.microscout.catalog.CreatorCatalog;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceProfile;
import io.microscout.discovery.TextEmbedder;
import io.microscout.embedding.LazyTextEmbedder;
import io.microscout.importer.CatalogMeasurer;
import io.microscout.importer.ImportService;
import io.microscout.importer.audience.AudienceImport;
import io.microscout.importer.audience.DemographicsImport;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.privacy.PersonalData;
import io.microscout.privacy.PersonalDataHolder;
import io.microscout.solr.SolrAddress;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.store.audience.JdbiAccountCalibrations;
import io.microscout.store.audience.JdbiAudienceReports;
import io.microscout.store.audience.JdbiAudienceSamples;
import io.microscout.store.audience.JdbiAuthenticityRecords;
import io.microscout.store.index.JdbiIndexRebuilds;
import io.microscout.store.privacy.CatalogPersonalData;
import io.microscout.store.privacy.JdbiForgottenCreators;
import io.microscout.store.privacy.PlansPersonalData;
import io.microscout.store.privacy.WorkspaceTablesPersonalData;
import io.microscout.tier.TierScheme;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private final JdbiAudienceSamples audience;
    private final JdbiAuthenticityRecords authenticityRecords;
    private final CatalogAuthenticity authenticity;
    private final AudienceImport audienceImport;
    private final PersonalData personalData;
    private final AudienceReports audienceReports;
    private final JdbiForgottenCreators forgotten;
    private final JdbiAccountCalibrations calibrations;
    private final ShippedAccountModel accountModel;

    /** Selects the discovery index when no {@code --index} is given: {@code solr:...}, else the embedded one. */
    public static final String INDEX_ENV = "MICROSCOUT_INDEX";

    private MicroScout(CatalogStore store, Settings settings, Clock clock, TextEmbedder embedder, String index) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.measurer = new CatalogMeasurer(store.catalog(), new MetricsCalculator(settings.metricsWindow()), clock);
        this.audience = new JdbiAudienceSamples(store.jdbi());
        this.calibrations = new JdbiAccountCalibrations(store.jdbi());
        this.accountModel = new ShippedAccountModel(calibrations);
        this.authenticityRecords =
                new JdbiAuthenticityRecords(store.jdbi(), store.location().dialect());
        this.authenticity = new CatalogAuthenticity(
                store.catalog(), audience, audience, authenticityRecords, new AuthenticityScorer(accountModel), clock);
        this.imports = new ImportService(store.catalog(), measurer);
        imports.scoreAuthenticityWith(authenticity);
        this.audienceReports = new JdbiAudienceReports(store.jdbi());
        this.search = new CreatorSearch(
                store.catalog(),
                store.location().home().resolve("index"),
                solrIndexing(index, embedder, store, clock),
                embedder,
                recentPosts(settings),
                storedAuthenticity(),
                this::measuredAudiences,
                store.changes());
        imports.addListener(search::creatorsChanged);
        this.forgotten = new JdbiForgottenCreators(store.jdbi());
        imports.skipForgotten(forgotten);
        this.audienceImport = new AudienceImport(store.catalog(), audience, audience, authenticity, forgotten);
        this.personalData = new PersonalData(forgotten, clock);
        personalData.register(new CatalogPersonalData(store.jdbi()));
        personalData.register(new PlansPersonalData(store.jdbi(), PlanDocumentRedaction::without));
        personalData.register(search.personalData());
        personalData.register(new WorkspaceTablesPersonalData(
                store.jdbi(),
                "outreach",
                java.util.List.of(
                        "outreach_entries",
                        "outreach_moves",
                        "outreach_sent",
                        "outreach_predictions",
                        "outreach_opt_outs"),
                (ws, key) -> new io.microscout.store.outreach.JdbiOutreachRecords(store.jdbi(), ws).forget(key)));
        personalData.register(new WorkspaceTablesPersonalData(
                store.jdbi(),
                "campaigns",
                java.util.List.of("campaign_creators", "campaign_deliverables", "campaign_posts"),
                (ws, key) -> new io.microscout.store.campaign.JdbiCampaigns(store.jdbi(), ws).forgetCreator(key)));
    }

    /** The SolrCloud index when {@code index} names one ({@code solr:URL/NAME}), else null (the embedded index). */
    private static SolrIndexing solrIndexing(String index, TextEmbedder embedder, CatalogStore store, Clock clock) {
        if (index == null || index.isBlank() || "embedded".equals(index)) {
            return null;
        }
        if (!SolrAddress.isSolr(index)) {
            throw new IllegalArgumentException(
                    "--index takes embedded or solr:http://HOST:PORT/solr/NAME, not '" + index + "'");
        }
        return new SolrIndexing(
                SolrAddress.parse(index), embedder.dimensions(), new JdbiIndexRebuilds(store.jdbi()), clock);
    }

    /** Discovery reads vetting's stored scores (0–100); a creator never scored, or with too little data, is unknown. */
    private AuthenticityLookup storedAuthenticity() {
        return new AuthenticityLookup(
                keys -> {
                    java.util.Map<io.microscout.creator.CreatorKey, Double> scores = new java.util.HashMap<>();
                    authenticityRecords.of(keys).forEach((k, stored) -> {
                        if (stored.score() != null) {
                            scores.put(k, stored.score().doubleValue());
                        }
                    });
                    return scores;
                },
                authenticityRecords::scoredCreators);
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
        return open(location, settings, clock, LazyTextEmbedder.configured());
    }

    /** Opens MicroScout with the discovery index named by {@code index} (null: $MICROSCOUT_INDEX, else embedded). */
    public static MicroScout open(
            StoreLocation location, String tierSchemeOption, String metricsWindowOption, String index) {
        Settings settings = Settings.load(location.home(), tierSchemeOption, metricsWindowOption);
        return open(location, settings, Clock.systemUTC(), LazyTextEmbedder.configured(), index);
    }

    /** With another text embedder (tests use the hashing stand-in for speed; it knows no meaning). */
    public static MicroScout open(StoreLocation location, Settings settings, Clock clock, TextEmbedder embedder) {
        return open(location, settings, clock, embedder, null);
    }

    /** With another text embedder and the discovery index named by {@code index} (see {@link #INDEX_ENV}). */
    public static MicroScout open(
            StoreLocation location, Settings settings, Clock clock, TextEmbedder embedder, String index) {
        String chosen = index != null ? index : System.getenv(INDEX_ENV);
        CatalogStore store = CatalogStore.open(location);
        MicroScout app;
        try {
            app = new MicroScout(store, settings, clock, embedder, chosen);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            int repaired = app.imports.repairStale();
            if (repaired > 0) {
                System.err.println("microscout: recomputed the metrics and authenticity of " + repaired
                        + " creator(s) that an interrupted import had left behind");
            }
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /**
     * Repairs what other processes left behind since this one opened: metrics and authenticity still marked stale,
     * then index entries still marked unindexed. Runs beside requests: each repair recomputes from
     * the stored rows and writes by upsert. Returns the creators whose metrics it recomputed.
     */
    public int catchUp() {
        int repaired = imports.repairStale();
        search.catchUp();
        return repaired;
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

    /**
     * Forget and export of a creator over every registered holder of personal data. Outreach, campaigns and any
     * other part with tables of its own register theirs with {@link #registerPersonalData}.
     */
    public PersonalData personalData() {
        return personalData;
    }

    /** Adds a part's own holder of creators' personal data (asked after the catalog, plans and index). */
    public void registerPersonalData(PersonalDataHolder holder) {
        personalData.register(holder);
    }

    /** Imports measured audiences: Instagram insights demographics and media kits. */
    public DemographicsImport demographicsImport() {
        return new DemographicsImport(store.catalog(), audienceReports, forgotten);
    }

    /** Creators' measured audiences (insights, media kits). */
    public AudienceReports audienceReports() {
        return audienceReports;
    }

    /** The measured audiences of these creators (one read for all), the creators without one left out. */
    private java.util.Map<CreatorKey, AudienceProfile> measuredAudiences(java.util.Collection<CreatorKey> keys) {
        java.util.Map<CreatorKey, AudienceProfile> out = new java.util.HashMap<>();
        audienceReports.bestOf(keys).forEach((k, r) -> out.put(k, r.profile()));
        return out;
    }

    /** A creator's measured audience as discovery and the forecast read it, or null when none was imported. */
    public AudienceProfile measuredAudience(CreatorKey creator) {
        return audienceReports.best(creator).map(r -> r.profile()).orElse(null);
    }

    /**
     * The fake-account classifier as vetting uses it: the shipped model, its audience estimates corrected with the
     * newest calibration stored for it.
     */
    public AccountClassifier accountClassifier() {
        return accountModel;
    }

    /** The calibration audience estimates use now, if any. */
    public Optional<AccountCalibration> accountCalibration() {
        return accountModel.calibration();
    }

    /**
     * Measures the shipped classifier on these labelled accounts of the user's population and, unless
     * {@code store} is false, keeps the result and rescores every creator with a follower sample; returns the
     * calibration and the creators rescored.
     */
    public Calibrated calibrate(String sample, List<LabelledAccount> accounts, boolean store) {
        FakeAccountModel model = accountModel.model();
        AccountCalibration c =
                AccountCalibration.measure(sample, AccountCalibration.modelId(model), accounts, model, clock.instant());
        if (!store) {
            return new Calibrated(c, model.errorRates(), 0);
        }
        calibrations.save(c);
        accountModel.recalibrated();
        List<CreatorKey> sampled = audience.sampledCreators();
        for (int from = 0; from < sampled.size(); from += 1_000) {
            authenticity.rescore(sampled.subList(from, Math.min(sampled.size(), from + 1_000)));
        }
        return new Calibrated(c, model.errorRates(), sampled.size());
    }

    /**
     * What {@link #calibrate} measured, the model's own error rates it replaces (measured out of source; null when
     * the model carries none), and how many creators it rescored.
     */
    public record Calibrated(
            AccountCalibration calibration, AccountClassifier.ErrorRates modelRates, int creatorsRescored) {}

    /** Whether this run read the fake-account model (only vetting needs it; reads must not pay for it). */
    boolean accountModelLoaded() {
        return accountModel.loaded();
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
