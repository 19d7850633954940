package io.microscout.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.CaptionSignals;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.metrics.MetricsCalculator;
import io.microscout.metrics.MetricsWindow;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {
    private static final TierScheme TIERS = TierScheme.microscoutDefault();

    private static List<GeneratedCreator> catalog(int creators, int posts, long seed) {
        return new CatalogGenerator(GeneratorSettings.of(creators, seed)
                        .withPosts(posts)
                        .withFollowerSample(0)
                        .withCommentsPerPost(0))
                .generateAll();
    }

    @Test
    void tiersFollowTheHeavyTailedShapeWithMicroDominating() {
        Map<Tier, Long> counts = catalog(6000, 0, 7).stream()
                .collect(Collectors.groupingBy(g -> TIERS.tierOf(g.creator().followers()), Collectors.counting()));
        double n = 6000;
        assertThat(counts.get(Tier.MICRO) / n).isBetween(0.65, 0.80);
        assertThat(counts.get(Tier.NANO) / n).isBetween(0.12, 0.24);
        assertThat(counts.get(Tier.MID) / n).isBetween(0.06, 0.14);
        assertThat(counts.get(Tier.MACRO) / n).isBetween(0.002, 0.02);
        assertThat(counts.get(Tier.MEGA)).isPositive().isLessThan(counts.get(Tier.MACRO));
    }

    @Test
    void cleanCreatorsEngageAtTheirTierAndPlatformBenchmark() {
        List<GeneratedCreator> all = catalog(4000, 12, 11);
        for (Platform platform : List.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE)) {
            for (Tier tier : List.of(Tier.NANO, Tier.MICRO)) {
                double median = medianOf(
                        all,
                        g -> g.creator().platform() == platform
                                && tierOf(g) == tier
                                && g.truth().fraud() == FraudKind.NONE,
                        m -> m.engagementRateMedian());
                double benchmark = Calibration.engagementRate(platform, tier);
                assertThat(median).as("%s %s", platform, tier).isCloseTo(benchmark, within(benchmark * 0.2));
            }
        }
    }

    @Test
    void boughtFollowersLowerTheEngagementRateBelowCleanPeersOfTheSameTier() {
        List<GeneratedCreator> all = catalog(4000, 12, 13);
        Predicate<GeneratedCreator> micro =
                g -> tierOf(g) == Tier.MICRO && g.creator().platform() == Platform.INSTAGRAM;
        double clean = medianOf(all, micro.and(fraud(FraudKind.NONE)), CreatorMetrics::engagementRateMedian);
        double bought =
                medianOf(all, micro.and(fraud(FraudKind.BOUGHT_FOLLOWERS)), CreatorMetrics::engagementRateMedian);
        assertThat(bought).isLessThan(clean * 0.7);
    }

    @Test
    void podsMakeEngagementSteadierWithMoreCommentsPerLike() {
        List<GeneratedCreator> all = catalog(4000, 12, 17);
        double cleanVolatility = medianOf(all, fraud(FraudKind.NONE), CreatorMetrics::engagementVolatility);
        double podVolatility = medianOf(all, fraud(FraudKind.ENGAGEMENT_POD), CreatorMetrics::engagementVolatility);
        double cleanComments = medianOf(all, fraud(FraudKind.NONE), CreatorMetrics::commentToLikeRatio);
        double podComments = medianOf(all, fraud(FraudKind.ENGAGEMENT_POD), CreatorMetrics::commentToLikeRatio);
        assertThat(podVolatility).isLessThan(cleanVolatility * 0.6);
        assertThat(podComments).isGreaterThan(cleanComments * 4);
    }

    @Test
    void spikesAndBoughtBlocksShowAsAWeeklyJumpInTheSnapshotsButCleanGrowthDoesNot() {
        List<GeneratedCreator> all = catalog(1500, 0, 19);
        for (GeneratedCreator g : all) {
            double jump = largestWeeklyJump(g);
            if (g.truth().fraud() == FraudKind.NONE || g.truth().fraud() == FraudKind.ENGAGEMENT_POD) {
                assertThat(jump).as(g.creator().handle()).isLessThan(0.05);
            } else {
                assertThat(jump).as(g.creator().handle()).isGreaterThan(0.25);
            }
        }
    }

    @Test
    void followerSamplesHoldFakeProfilesAtTheCreatorsTrueShare() {
        List<GeneratedCreator> all = new CatalogGenerator(GeneratorSettings.of(300, 23)
                        .withPosts(0)
                        .withFollowerSample(400)
                        .withCommentsPerPost(0))
                .generateAll();
        for (GeneratedCreator g : all) {
            double planted = g.truth().sampleFakeCount() / 400.0;
            assertThat(planted).as(g.creator().handle()).isCloseTo(g.truth().fakeFollowerShare(), within(0.1));
        }
        GeneratedCreator bought = all.stream()
                .filter(fraud(FraudKind.BOUGHT_FOLLOWERS))
                .findFirst()
                .orElseThrow();
        long followingManyMore = bought.followerSample().stream()
                .filter(f -> f.following() > 10 * f.followers())
                .count();
        GeneratedCreator clean =
                all.stream().filter(fraud(FraudKind.NONE)).findFirst().orElseThrow();
        long cleanFollowingManyMore = clean.followerSample().stream()
                .filter(f -> f.following() > 10 * f.followers())
                .count();
        assertThat(followingManyMore).isGreaterThan(3 * cleanFollowingManyMore + 20);
    }

    @Test
    void podCommentsComeFromAFewAccountsWhileARealAudienceRarelyRepeatsItself() {
        List<GeneratedCreator> all =
                new CatalogGenerator(GeneratorSettings.of(300, 37).withFollowerSample(50)).generateAll();
        for (GeneratedCreator g : all) {
            long texts = g.comments().stream().map(PostComment::text).distinct().count();
            long authors =
                    g.comments().stream().map(PostComment::author).distinct().count();
            if (g.truth().fraud() == FraudKind.ENGAGEMENT_POD) {
                assertThat(authors).as(g.creator().handle()).isLessThanOrEqualTo(12);
            } else {
                assertThat(texts)
                        .as(g.creator().handle())
                        // up to 35% of a real audience's comments are generic (Calibration), the rest specific
                        .isGreaterThan(g.comments().size() / 2);
            }
        }
    }

    @Test
    void noFraudIsPlantedWhenTheShareIsZero() {
        assertThat(new CatalogGenerator(GeneratorSettings.of(500, 3)
                                .withPosts(0)
                                .withFollowerSample(0)
                                .withFraudShare(0))
                        .generateAll())
                .allMatch(fraud(FraudKind.NONE));
    }

    @Test
    void sponsoredPostsAreDisclosedInTheirCaptionsAndIdsAreUnique() {
        List<GeneratedCreator> all = catalog(800, 30, 29);
        Set<String> postIds = new HashSet<>();
        Set<String> handles = new HashSet<>();
        for (GeneratedCreator g : all) {
            assertThat(handles.add(g.creator().key().toString())).isTrue();
            for (Post p : g.posts()) {
                assertThat(postIds.add(p.creator().platform() + p.platformPostId()))
                        .isTrue();
                assertThat(CaptionSignals.disclosesSponsorship(p.caption()))
                        .as(p.caption())
                        .isEqualTo(p.sponsored());
            }
        }
        assertThat(all.stream()
                        .flatMap(g -> g.posts().stream())
                        .filter(Post::sponsored)
                        .count())
                .isPositive();
    }

    @Test
    void creatorsWriteInTheLanguagesOfTheirCountriesAndSomePersonsHaveTwoPlatforms() {
        List<GeneratedCreator> all = catalog(1000, 3, 31);
        Set<String> languages =
                all.stream().map(g -> g.creator().languageCode()).collect(Collectors.toSet());
        assertThat(languages).contains("en", "es", "pt", "de", "fr");
        assertThat(all.stream().filter(g -> "es".equals(g.creator().languageCode())))
                .allMatch(g -> Set.of("ES", "MX", "AR").contains(g.creator().countryCode()));
        Map<String, Long> accountsPerPerson =
                all.stream().collect(Collectors.groupingBy(g -> g.creator().person(), Collectors.counting()));
        assertThat(accountsPerPerson.values()).contains(2L);
        assertThat(all.stream().map(g -> g.truth().primaryNiche()).distinct().count())
                .isEqualTo(20);
    }

    private static Tier tierOf(GeneratedCreator g) {
        return TIERS.tierOf(g.creator().followers());
    }

    private static Predicate<GeneratedCreator> fraud(FraudKind kind) {
        return g -> g.truth().fraud() == kind;
    }

    private static double medianOf(
            List<GeneratedCreator> all, Predicate<GeneratedCreator> which, Function<CreatorMetrics, Double> metric) {
        MetricsCalculator calculator = new MetricsCalculator(MetricsWindow.defaults());
        double[] values = all.stream()
                .filter(which)
                .map(g -> metric.apply(
                        calculator.compute(g.creator(), g.posts(), g.snapshots(), GeneratorSettings.DEFAULT_AS_OF)))
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        assertThat(values).hasSizeGreaterThan(10);
        return values[values.length / 2];
    }

    private static double largestWeeklyJump(GeneratedCreator g) {
        double largest = 0;
        for (int i = 1; i < g.snapshots().size(); i++) {
            double before = g.snapshots().get(i - 1).followers();
            largest = Math.max(largest, (g.snapshots().get(i).followers() - before) / before);
        }
        return largest;
    }
}
