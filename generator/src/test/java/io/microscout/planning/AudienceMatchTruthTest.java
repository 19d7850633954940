package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.brief.AudienceTarget;
import io.microscout.forecast.EngagementHistory;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.generator.CampaignWorld;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratedCreator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated-truth check (smoke test, not real data): in the generator's world ({@link CampaignWorld}, written apart
 * from the forecaster), do conversions depend on audience match the way the forecast says? Creators from the
 * generator, a shop selling in DE and AT; the forecast knows only each creator's country and language (the
 * estimate), the world draws where each audience really lives and who buys. Real-follower shares are given to both
 * (perfect vetting), so the check isolates the in-market factor.
 */
class AudienceMatchTruthTest {
    private static final Set<String> MARKETS = Set.of("DE", "AT");
    private static final int POSTS = 5;

    @Test
    void conversionsFollowTheInMarketShareInTheGeneratorsWorld() {
        List<GeneratedCreator> creators = new CatalogGenerator(GeneratorSettings.of(3_000, 5)
                        .withPosts(3)
                        .withFollowerSample(0)
                        .withCommentsPerPost(0))
                .generateAll();
        ForecastAssumptions a = ForecastAssumptions.defaults();
        Forecaster forecaster = new Forecaster(a);
        BuyerModel model = BuyerModel.defaults();
        AudienceTarget target = new AudienceTarget(MARKETS, Set.of("de"), null, null);
        CampaignWorld world = new CampaignWorld(3);
        TierScheme scheme = TierScheme.microscoutDefault();
        double[] forecast = new double[3], real = new double[3], followers = new double[3];
        for (GeneratedCreator g : creators) {
            var c = g.creator();
            Tier tier = scheme.tierOf(c.followers());
            PlanCandidate candidate = new PlanCandidate(
                    c.key(),
                    tier,
                    List.of(g.truth().primaryNiche()),
                    c.countryCode(),
                    c.languageCode(),
                    c.followers(),
                    100 * (1 - g.truth().fakeFollowerShare()),
                    null,
                    new long[0],
                    null,
                    null,
                    null,
                    0.6);
            ForecastSubject s = new ForecastSubject(
                    c.key(),
                    tier,
                    c.followers(),
                    Deliverable.INSTAGRAM_POST,
                    EngagementHistory.of(new long[0]),
                    100,
                    model.of(candidate, target));
            int group = MARKETS.contains(c.countryCode()) ? 0 : "de".equals(c.languageCode()) ? 1 : 2;
            forecast[group] += POSTS * forecaster.expected(s).conversions();
            double share = world.marketShare(c.countryCode(), MARKETS);
            for (int p = 0; p < POSTS; p++) {
                real[group] += world.orders(
                        c.followers(),
                        g.truth().fakeFollowerShare(),
                        share,
                        a.reachRate(Deliverable.INSTAGRAM_POST, tier),
                        a.clickThrough().mean(),
                        a.conversion().mean());
            }
            followers[group] += c.followers() * (1 - g.truth().fakeFollowerShare());
        }
        double inMarketRatio = real[0] / forecast[0];
        double worldLift = (real[0] / followers[0]) / (real[2] / followers[2]);
        double forecastLift = (forecast[0] / followers[0]) / (forecast[2] / followers[2]);
        String measured = String.format(
                "orders world/forecast: in DE/AT %.0f/%.0f, other de-speaking %.0f/%.0f, "
                        + "elsewhere %.0f/%.0f; lift in-market vs elsewhere per real follower: world %.1f, forecast %.1f",
                real[0], forecast[0], real[1], forecast[1], real[2], forecast[2], worldLift, forecastLift);
        System.out.println("AudienceMatchTruthTest: " + measured);

        assertThat(inMarketRatio).as(measured).isBetween(0.75, 1.33);
        assertThat(worldLift / forecastLift).as(measured).isBetween(0.4, 2.5);
        assertThat(forecastLift)
                .as("a forecast that ignored the audience would give 1: " + measured)
                .isGreaterThan(5);
    }
}
