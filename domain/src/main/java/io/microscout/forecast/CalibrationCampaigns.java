package io.microscout.forecast;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates campaigns whose true parameters are known, for {@link CalibrationCheck}. Each campaign has 3 to
 * 8 creators; each creator has a true engagement distribution (lognormal: engagement rate log-uniform in
 * 0.5%–8% of followers, log-sd uniform in 0.3–1.0), a history of 3 to 30 posts drawn from it (all the
 * forecaster sees), and a true reach rate and CTR drawn from the assumed Beta priors; the campaign has one
 * true CVR. The realised outcome is one more post per creator, drawn from the truth.
 *
 * <p>What this checks and what it does not: the rates are drawn from the same priors the forecaster
 * assumes, so for them it checks the machinery; the engagement part is a real test of forecasting a new
 * post from a few past ones with an unknown mean and spread.
 */
public final class CalibrationCampaigns {
    private static final Deliverable[] DELIVERABLES = Deliverable.values();
    private final SplittableRandom random;
    private final ForecastAssumptions assumptions;
    private final TierScheme tiers = TierScheme.microscoutDefault();
    private int made;

    public CalibrationCampaigns(long seed, ForecastAssumptions assumptions) {
        this.random = new SplittableRandom(seed);
        this.assumptions = assumptions;
    }

    /** What the forecaster sees, and what then happened. */
    public record Campaign(
            List<ForecastSubject> subjects,
            double impressions,
            double engagements,
            double clicks,
            double conversions,
            double cost) {}

    public Campaign next() {
        made++;
        int creators = 3 + random.nextInt(6);
        double conversionRate = Sampling.betaMean(
                random,
                assumptions.conversion().mean(),
                assumptions.conversion().concentration());
        List<ForecastSubject> subjects = new ArrayList<>();
        double imp = 0, eng = 0, clk = 0, conv = 0, cost = 0;
        for (int c = 0; c < creators; c++) {
            long followers = Math.round(Math.exp(uniform(Math.log(3_000), Math.log(500_000))));
            Tier tier = tiers.tierOf(followers);
            Deliverable deliverable = DELIVERABLES[random.nextInt(DELIVERABLES.length)];
            double rate = Math.exp(uniform(Math.log(0.005), Math.log(0.08)));
            double sigma = uniform(0.3, 1.0);
            double mu = Math.log(followers * rate) - sigma * sigma / 2;
            long[] history = new long[3 + random.nextInt(28)];
            for (int p = 0; p < history.length; p++) {
                history[p] = post(mu, sigma);
            }
            double price = uniform(100, 1_000);
            CreatorKey key = CreatorKey.of(deliverable.platform(), "calibration" + made + "_" + c);
            subjects.add(new ForecastSubject(key, tier, followers, deliverable, EngagementHistory.of(history), price));
            double reach = Sampling.betaMean(
                    random, assumptions.reachRate(deliverable, tier), assumptions.reachConcentration());
            long seen = Math.round(followers * reach);
            double ctr = Sampling.betaMean(
                    random,
                    assumptions.clickThrough().mean(),
                    assumptions.clickThrough().concentration());
            long clicked = Sampling.binomial(random, seen, ctr);
            imp += seen;
            eng += post(mu, sigma);
            clk += clicked;
            conv += Sampling.binomial(random, clicked, conversionRate);
            cost += price;
        }
        return new Campaign(subjects, imp, eng, clk, conv, cost);
    }

    private long post(double mu, double sigma) {
        return Math.max(0, Math.round(Math.expm1(mu + sigma * random.nextGaussian())));
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }
}
