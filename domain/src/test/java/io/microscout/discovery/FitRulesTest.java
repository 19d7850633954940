package io.microscout.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.brief.Avoid;
import io.microscout.brief.Brief;
import io.microscout.brief.BriefWeights;
import io.microscout.brief.FitComponent;
import io.microscout.brief.PlanningKnobs;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.fakes.Creators;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.CreatorContent;
import io.microscout.tier.TierScheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitRulesTest {

    private static FitContext context(Brief brief, CreatorProfile p) {
        CreatorContent text = CreatorContent.of(p.creator().biography(), p.recentPosts());
        return new FitContext(
                brief,
                QueryWords.ofBrief(brief.keywords()),
                p,
                text,
                new ContentProfiler().profile(text, id -> null),
                AudienceProfile.of(p.creator(), p.audience()),
                new IndexHit(p.key(), 1.0, 0.4),
                1.0,
                TierScheme.microscoutDefault().tierOf(p.creator().followers()),
                RelevanceModel.FITTED);
    }

    private static Brief brief(String product, List<String> values, Avoid avoid, Double budget, PlanningKnobs knobs) {
        return new Brief(
                null,
                product,
                null,
                List.of("beauty"),
                null,
                null,
                null,
                null,
                values,
                avoid,
                budget,
                null,
                null,
                null,
                knobs);
    }

    private static CreatorProfile withEngagement(Platform platform, long followers, Double rate, Double authenticity) {
        Creator c = Creator.builder(CreatorKey.of(platform, "x"))
                .followers(followers)
                .build();
        return new CreatorProfile(c, List.of(), rate == null ? null : Creators.metrics(rate), authenticity, null);
    }

    @Test
    void engagementAtItsTierBenchmarkScoresHalfAndNamesTheSource() {
        Assessment a = EngagementRule.assess(
                context(Brief.about("x", List.of()), withEngagement(Platform.INSTAGRAM, 50_000, 0.0158, 80.0)));
        assertThat(a.value()).isCloseTo(0.5, within(1e-9));
        assertThat(a.reason()).contains("1.58%").contains("benchmark").contains("HypeAuditor");
    }

    @Test
    void aCreatorWithoutPostsIsJudgedOnTheRateItsSourceStatesAndSaysSo() {
        Creator c = Creator.builder(CreatorKey.of(Platform.INSTAGRAM, "x"))
                .followers(50_000L)
                .stated(new io.microscout.creator.StatedEngagement(
                        null, null, null, 0.0158, "top.csv", Map.of(), java.time.Instant.EPOCH))
                .build();
        var m = new io.microscout.metrics.MetricsCalculator(io.microscout.metrics.MetricsWindow.defaults())
                .compute(c, List.of(), List.of(), java.time.Instant.EPOCH);

        Assessment a = EngagementRule.assess(
                context(Brief.about("x", List.of()), new CreatorProfile(c, List.of(), m, 80.0, null)));

        assertThat(a.value()).isCloseTo(0.5, within(1e-9));
        assertThat(a.reason())
                .contains("engagement 1.58% (as stated by top.csv (engagement_rate), not computed: no posts)");
    }

    @Test
    void aNanoCreatorIsJudgedAgainstTheNanoBenchmarkNotTheGlobalOne() {
        Assessment a = EngagementRule.assess(
                context(Brief.about("x", List.of()), withEngagement(Platform.INSTAGRAM, 2_000, 0.0278, 80.0)));
        assertThat(a.value()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void youtubeHasNoPublishedBenchmarkSoItsEngagementWeightGoesToTheOthers() {
        CreatorProfile p = withEngagement(Platform.YOUTUBE, 50_000, 0.05, 100.0);
        FitScore s = FitScorer.score(context(Brief.about("x", List.of()), p), FitWeights.defaults());
        ComponentScore e = s.component(FitComponent.ENGAGEMENT);
        assertThat(e.value()).isNull();
        assertThat(e.counted()).isNull();
        assertThat(e.reason()).contains("no published benchmark for youtube accounts of 50,000 followers");
        assertThat(s.evidence()).isLessThan(1.0);
        assertThat(s.explainEvidence()).contains("unknown: ").contains("engagement");
    }

    @Test
    void theProductHasOneBenchmarkTableSoVettingAndFitAgree() {
        // Instagram 10k-20k: one figure for both (the two tables disagreed, 1.85% and 1.58%)
        Assessment a = EngagementRule.assess(
                context(Brief.about("x", List.of()), withEngagement(Platform.INSTAGRAM, 15_000, 0.0185, 80.0)));
        assertThat(a.value()).isCloseTo(0.5, within(1e-9));
        assertThat(io.microscout.metrics.EngagementBenchmarks.of(Platform.INSTAGRAM, 15_000L)
                        .orElseThrow()
                        .rate())
                .isEqualTo(0.0185);
        // TikTok: published for nano only, so a 50k TikTok creator has no benchmark, and says so
        Assessment tiktok = EngagementRule.assess(
                context(Brief.about("x", List.of()), withEngagement(Platform.TIKTOK, 50_000, 0.10, 80.0)));
        assertThat(tiktok.value()).isNull();
        assertThat(tiktok.reason()).contains("no published benchmark for tiktok");
    }

    @Test
    void aMissingComponentIsLeftOutAndTheScoreSaysHowMuchRestsOnEvidence() {
        FitScore vetted = FitScorer.score(
                context(Brief.about("x", List.of()), withEngagement(Platform.INSTAGRAM, 50_000, 0.02, 100.0)),
                FitWeights.defaults());
        FitScore unvetted = FitScorer.score(
                context(Brief.about("x", List.of()), withEngagement(Platform.INSTAGRAM, 50_000, 0.02, null)),
                FitWeights.defaults());
        ComponentScore a = unvetted.component(FitComponent.AUTHENTICITY);
        assertThat(a.value()).isNull();
        assertThat(a.counted()).as("not counted as a neutral 0.5: left out").isNull();
        assertThat(a.reason()).contains("not yet vetted");
        assertThat(vetted.evidence()).isGreaterThan(unvetted.evidence());
        double known = FitWeights.defaults().asMap().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double used = unvetted.components().stream()
                .filter(c -> c.counted() != null)
                .mapToDouble(ComponentScore::weight)
                .sum();
        assertThat(unvetted.evidence()).isCloseTo(used / known, within(1e-9));
        double renormalised = unvetted.components().stream()
                        .filter(c -> c.counted() != null)
                        .mapToDouble(c -> c.counted() * c.weight())
                        .sum()
                / used;
        assertThat(unvetted.score()).isCloseTo(renormalised, within(1e-9));
        assertThat(unvetted.explainEvidence()).contains("authenticity");
    }

    @Test
    void aVeganCreatorIsUnlikelyToPromoteLeather() {
        CreatorProfile vegan = Creators.creator("v", 30_000, "US", "en", "Vegan", 80.0, 10, "Vegan lunch", "Hello");
        Assessment leather =
                WillingnessRule.assess(context(brief("Leather handbags", List.of(), null, null, null), vegan));
        Assessment serum =
                WillingnessRule.assess(context(brief("Vegan serum", List.of("vegan"), null, null, null), vegan));
        assertThat(leather.value()).isLessThanOrEqualTo(0.1);
        assertThat(leather.reason()).contains("shows vegan values").contains("leather");
        assertThat(serum.value()).isGreaterThan(0.8);
        assertThat(serum.reason()).contains("shares the brand's values");
    }

    @Test
    void aFeedFullOfAdsLowersTheLikelihoodOfAYes() {
        CreatorProfile saturated = Creators.creator("s", 30_000, "US", "en", "", 80.0, 8, 10, "post");
        CreatorProfile open = Creators.creator("o", 30_000, "US", "en", "", 80.0, 1, 10, "post");
        Brief b = brief("serum", List.of(), null, null, null);
        assertThat(WillingnessRule.assess(context(b, saturated)).value())
                .isLessThan(WillingnessRule.assess(context(b, open)).value());
        assertThat(WillingnessRule.assess(context(b, saturated)).reason()).contains("8 of 10 posts sponsored");
    }

    @Test
    void aBudgetBelowTheTiersLikelyFeeLowersTheLikelihoodOfAYes() {
        CreatorProfile micro = Creators.creator("m", 30_000, "US", "en", "", 80.0, 10, "post");
        PlanningKnobs fifth = new PlanningKnobs(null, null, null, 0.2);
        Assessment poor = WillingnessRule.assess(context(brief("serum", List.of(), null, 250.0, fifth), micro));
        Assessment rich = WillingnessRule.assess(context(brief("serum", List.of(), null, 5_000.0, fifth), micro));
        assertThat(poor.value()).isLessThan(rich.value());
        assertThat(poor.reason()).contains("$50 available per creator vs a likely micro fee of $100-500");
    }

    @Test
    void competitorMentionsAndAvoidedTermsLowerBrandSafety() {
        CreatorProfile p = Creators.creator(
                "c",
                30_000,
                "US",
                "en",
                "",
                80.0,
                20,
                "Haul with @glossier",
                "Fast fashion try-on",
                "Nice day",
                "Nice day",
                "Nice day");
        Assessment a = BrandSafetyRule.assess(context(
                brief("serum", List.of(), new Avoid(List.of("Glossier"), null, List.of("fast fashion")), null, null),
                p));
        assertThat(a.value()).isZero();
        assertThat(a.reason())
                .contains("mentions competitor Glossier in 4 of 20 posts")
                .contains("\"fast fashion\" in 4 of 20 posts");
        Assessment clean = BrandSafetyRule.assess(context(
                brief("serum", List.of(), null, null, null),
                Creators.creator("d", 30_000, "US", "en", "", 80.0, 20, "Nice day")));
        assertThat(clean.value()).isEqualTo(1.0);
        assertThat(clean.reason()).isEqualTo("no risky topics or competitor mentions in 20 posts");
    }

    @Test
    void anEstimatedAudienceSaysItIsEstimated() {
        Brief b = new Brief(
                null,
                "serum",
                null,
                null,
                null,
                null,
                null,
                new io.microscout.brief.AudienceTarget(java.util.Set.of("US"), java.util.Set.of("en"), null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Assessment a = AudienceRule.assess(context(b, Creators.creator("e", 30_000, "GB", "en", "", 80.0, 5, "x")));
        assertThat(a.value()).isCloseTo(0.5, within(1e-9));
        assertThat(a.reason())
                .contains("0% in US")
                .contains("100% speaking en")
                .contains("estimated from the creator's country GB and language en");
    }

    @Test
    void weightsFromTheBriefOverrideTheDefaultsAndTheRestKeepTheirs() {
        FitWeights w = FitWeights.from(new BriefWeights(Map.of(FitComponent.VALUES, 0.5)));
        assertThat(w.of(FitComponent.VALUES)).isEqualTo(0.5);
        assertThat(w.of(FitComponent.RELEVANCE)).isEqualTo(FitWeights.defaults().of(FitComponent.RELEVANCE));
    }

    @Test
    void theBriefsWeightNamesAreExactlyTheFitComponents() {
        assertThat(BriefWeights.COMPONENTS)
                .containsExactly(java.util.Arrays.stream(FitComponent.values())
                        .map(FitComponent::id)
                        .toArray(String[]::new));
    }
}
