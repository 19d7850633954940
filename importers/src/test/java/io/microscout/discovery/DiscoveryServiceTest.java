package io.microscout.discovery;

import static io.microscout.discovery.fakes.Creators.creator;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.brief.Brief;
import io.microscout.brief.FitComponent;
import io.microscout.brief.HardFilters;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.discovery.fakes.InMemoryProfiles;
import io.microscout.tier.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveryServiceTest {
    private final InMemoryProfiles profiles = new InMemoryProfiles()
            .add(creator(
                    "greenglow",
                    24_000,
                    "US",
                    "en",
                    "Vegan skincare for sensitive skin",
                    85.0,
                    3,
                    30,
                    "My #veganskincare routine: vitamin C serum then moisturiser #crueltyfree",
                    "Cruelty-free sunscreen review for sensitive skin",
                    "Refill day! #zerowaste skincare",
                    "Morning yoga and self care"))
            .add(creator(
                    "partyglam",
                    30_000,
                    "US",
                    "en",
                    "Makeup and nightlife",
                    80.0,
                    30,
                    "Makeup look for tonight",
                    "Cocktails with the girls #wine",
                    "New lipstick haul",
                    "Mascara test with @theordinary"))
            .add(creator(
                    "liftheavy",
                    20_000,
                    "US",
                    "en",
                    "Strength coach",
                    90.0,
                    30,
                    "Leg day #workout",
                    "Deadlift PR at the gym",
                    "Protein breakfast"))
            .add(creator(
                    "bigbeauty",
                    2_000_000,
                    "US",
                    "en",
                    "Skincare",
                    90.0,
                    30,
                    "My skincare routine with vegan serum",
                    "Cruelty-free moisturiser"))
            .add(creator(
                    "verdantskin",
                    50_000,
                    "US",
                    "en",
                    "Vegan skincare brand",
                    95.0,
                    30,
                    "Our vegan skincare serum",
                    "Cruelty-free moisturiser"))
            .add(creator(
                    "peaupure",
                    40_000,
                    "FR",
                    "fr",
                    "Soin visage vegan",
                    85.0,
                    30,
                    "Vegan skincare serum #crueltyfree",
                    "Sensitive skin moisturiser"))
            .add(creator(
                    "unvetted",
                    40_000,
                    "GB",
                    "en",
                    "Vegan skincare",
                    null,
                    30,
                    "Vegan skincare serum #crueltyfree",
                    "Sensitive skin moisturiser"));

    private final HashingEmbedder embedder = new HashingEmbedder();

    private DiscoveryService service(InMemoryCreatorIndex index) {
        IndexedCreators.upsert(index, profiles.all(), embedder);
        return new DiscoveryService(index, profiles, embedder);
    }

    @Test
    void theExampleBriefRanksTheVeganSkincareCreatorFirstAndSaysWhy() throws Exception {
        Brief brief = BriefFiles.read(Path.of("examples/brief-vegan-skincare.yaml"));
        List<RankedCreator> ranked = service(new InMemoryCreatorIndex()).discover(brief, 10);

        assertThat(ranked)
                .extracting(r -> r.key().handle())
                .startsWith("greenglow")
                .doesNotContain("verdantskin", "peaupure", "unvetted", "bigbeauty");
        RankedCreator first = ranked.get(0);
        RankedCreator party = ranked.stream()
                .filter(r -> r.key().handle().equals("partyglam"))
                .findFirst()
                .orElseThrow();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.fit().score())
                .isBetween(0.0, 1.0)
                .isGreaterThan(party.fit().score());
        assertThat(first.fit().component(FitComponent.RELEVANCE).reason())
                .contains("beauty")
                .contains("of 30 posts");
        assertThat(first.fit().component(FitComponent.VALUES).reason()).contains("vegan: #vegan");
        ComponentScore safety = party.fit().component(FitComponent.BRAND_SAFETY);
        assertThat(safety.reason())
                .contains("alcohol in 8 of 30 posts (the brief avoids it)")
                .contains("mentions competitor The Ordinary in 7 of 30 posts");
        assertThat(safety.value()).isZero();
    }

    @Test
    void rankingNeverReturnsACreatorTheHardFiltersExcludeEvenFromALeakyIndex() {
        Random random = new Random(42);
        InMemoryProfiles many = new InMemoryProfiles();
        String[] countries = {"US", "GB", "FR", null};
        String[] captions = {"vegan skincare serum", "gym workout", "travel beach", "recipe dinner"};
        for (int i = 0; i < 200; i++) {
            long followers = (long) Math.pow(10, 2 + 5 * random.nextDouble());
            Double authenticity = random.nextInt(4) == 0 ? null : 100 * random.nextDouble();
            many.add(creator(
                    "c" + i,
                    followers,
                    countries[random.nextInt(4)],
                    random.nextBoolean() ? "en" : "fr",
                    "bio",
                    authenticity,
                    5,
                    captions[random.nextInt(4)],
                    captions[random.nextInt(4)]));
        }
        InMemoryCreatorIndex leaky = new InMemoryCreatorIndex().ignoringFilters();
        IndexedCreators.upsert(leaky, many.all(), embedder);
        DiscoveryService service = new DiscoveryService(leaky, many, embedder);
        for (int b = 0; b < 50; b++) {
            Set<Tier> tiers = java.util.EnumSet.of(Tier.values()[random.nextInt(5)], Tier.values()[random.nextInt(5)]);
            HardFilters f = new HardFilters(
                    random.nextBoolean() ? 5_000L : null,
                    random.nextBoolean() ? 80_000L : null,
                    random.nextBoolean() ? Set.of("US") : Set.of(),
                    random.nextBoolean() ? Set.of("en") : Set.of(),
                    random.nextBoolean() ? 50.0 : null,
                    List.of("c" + random.nextInt(200)));
            Brief brief = Brief.about("vegan skincare", List.of("beauty"))
                    .withTiers(tiers)
                    .withFilters(f);
            IndexFilter filter = BriefQuery.filter(brief, Set.of());
            for (RankedCreator r : service.discover(brief, 50)) {
                CreatorProfile p = many.find(r.key()).orElseThrow();
                assertThat(filter.admits(IndexedCreators.from(p, null)))
                        .as(r.key() + " in brief " + b)
                        .isTrue();
                assertThat(tiers).contains(r.tier());
                assertThat(f.exclude()).doesNotContain(r.key().handle());
            }
        }
    }

    @Test
    void excludingABareHandleExcludesItOnEveryPlatform() {
        Brief brief = Brief.about("vegan skincare", List.of("beauty"))
                .withFilters(new HardFilters(null, null, null, null, null, List.of("greenglow")));
        assertThat(service(new InMemoryCreatorIndex().ignoringFilters()).discover(brief, 10))
                .extracting(r -> r.key().handle())
                .doesNotContain("greenglow")
                .isNotEmpty();
    }

    @Test
    void lookalikesFindCreatorsOfTheSameContentAndAudienceButNeverTheSeed() {
        List<RankedCreator> like = service(new InMemoryCreatorIndex())
                .lookalikes(CreatorKey.of(Platform.INSTAGRAM, "greenglow"), 5, false);
        assertThat(like).extracting(r -> r.key().handle()).doesNotContain("greenglow", "bigbeauty");
        assertThat(like.get(0).key().handle()).isIn("verdantskin", "unvetted");
        assertThat(like.get(0).fit().component(FitComponent.AUDIENCE).reason()).contains("in US");
    }

    @Test
    void anUnknownSeedIsAUserError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service(new InMemoryCreatorIndex())
                        .lookalikes(CreatorKey.of(Platform.TIKTOK, "nobody"), 5, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiktok:nobody");
    }
}
