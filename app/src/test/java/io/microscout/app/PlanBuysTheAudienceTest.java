package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CatalogIndexer;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.GeneratorSettings;
import io.microscout.generator.GroundTruth;
import io.microscout.importer.ImportOptions;
import io.microscout.planning.AudienceOverlap;
import io.microscout.planning.DiscoveredCandidates;
import io.microscout.planning.Plan;
import io.microscout.planning.PlanBrief;
import io.microscout.planning.PlanningService;
import io.microscout.planning.Selection;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.Quotes;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated-truth behaviour check (a smoke test on the generator's catalog, not a real-data quality check): a brief
 * aimed at one market and niche group puts at least 80% of the plan's spend on creators of that market (the
 * catalog's country) and niche group (the generator's primary or secondary niche, as discovery's checks count it), and the same brief aimed at another market
 * moves the spend there. Candidates come through discovery on an H2 catalog (hashing stand-in embedder).
 */
class PlanBuysTheAudienceTest {
    private static final Set<String> SPORTS = Set.of("fitness", "sports", "outdoors");

    @TempDir
    static Path generated;

    @TempDir
    static Path home;

    private static Map<CreatorKey, GroundTruth> truth;
    private static MicroScout app;

    @BeforeAll
    static void generateAndImport() throws Exception {
        GeneratedCatalog.write(
                generated,
                GeneratorSettings.of(1_500, 7)
                        .withPosts(12)
                        .withFollowerSample(0)
                        .withCommentsPerPost(0));
        truth = GeneratedGroundTruth.read(generated.resolve(CatalogFiles.GROUND_TRUTH));
        app = MicroScout.open(
                StoreLocation.h2(home), Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(128));
        GeneratedCatalog.importInto(app, generated, ImportOptions.defaults());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static String runningShoes(String countries, String language) {
        return "brand: Laufwerk\nproduct: running shoes for road and trail runners\n"
                + "keywords: [running, marathon, trail, workout, training]\nniches: [fitness, sports, outdoors]\n"
                + "platforms: [instagram, tiktok, youtube]\ntiers: [micro]\n"
                + "audience: {countries: [" + countries + "], languages: [" + language + "]}\n"
                + "budget: 5000\ngoal: sales\nplanning: {averageOrderValue: 120, maxSharePerCreator: 0.15}\n";
    }

    private static Plan plan(String yaml) {
        Brief brief = BriefFiles.parse("brief.yaml", yaml);
        DiscoveredCandidates source = new DiscoveredCandidates(
                brief, app.search().discovery(CatalogIndexer.Progress::silent), app.catalog(), Pricer.defaults(), 300);
        return new PlanningService(
                        source,
                        Quotes.none(),
                        ForecastAssumptions.defaults().withDraws(500),
                        AudienceOverlap.defaults(),
                        1)
                .plan(PlanBrief.from(brief, null, null));
    }

    /** Share of the plan's spend on creators in these countries whose true primary niche is in the group. */
    private static double spendShare(Plan plan, Set<String> countries, Set<String> niches) {
        long in = 0;
        for (Selection s : plan.selections()) {
            CreatorKey k = s.candidate().creator();
            String country = app.catalog().creator(k).orElseThrow().countryCode();
            GroundTruth t = truth.get(k);
            boolean inMarket = country != null && countries.contains(country);
            boolean onNiche = t.primaryNiche() != null && niches.contains(t.primaryNiche())
                    || t.secondaryNiche() != null && niches.contains(t.secondaryNiche());
            if (inMarket && onNiche) {
                in += s.price().pointCents();
            }
        }
        return in / (double) plan.costCents();
    }

    @Test
    void aBriefForGermanRunnersSpendsOnGermanSportsCreatorsAndMovesWithTheMarket() {
        Plan german = plan(runningShoes("DE, AT", "de"));
        Plan spanish = plan(runningShoes("ES, MX", "es"));

        assertThat(german.selections()).isNotEmpty();
        assertThat(spanish.selections()).isNotEmpty();
        assertThat(spendShare(german, Set.of("DE", "AT"), SPORTS))
                .as(describe(german))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(spendShare(spanish, Set.of("ES", "MX"), SPORTS))
                .as(describe(spanish))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(spendShare(spanish, Set.of("DE", "AT"), SPORTS)).isLessThan(0.1);
    }

    private static String describe(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (Selection s : plan.selections()) {
            GroundTruth t = truth.get(s.candidate().creator());
            b.append(String.format(
                    "%n%s %s %s/%s fit %.2f rel %s %s",
                    s.candidate().creator(),
                    s.candidate().countryCode(),
                    t.primaryNiche(),
                    t.secondaryNiche(),
                    s.candidate().fit(),
                    s.candidate().relevance(),
                    s.price().describe()));
        }
        return b.toString();
    }

    @Test
    void thePlanTotalIsTheSumOfItsLinesToTheCent() {
        Plan german = plan(runningShoes("DE, AT", "de"));
        assertThat(german.costCents())
                .isEqualTo(german.selections().stream()
                        .mapToLong(s -> s.price().pointCents())
                        .sum());
        assertThat(german.costCents()).isLessThanOrEqualTo(500_000);
    }
}
