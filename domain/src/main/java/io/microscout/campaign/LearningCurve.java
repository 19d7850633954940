package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.forecast.EngagementHistory;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Forecast;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.forecast.Interval;
import io.microscout.forecast.SegmentRates;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shows, on GENERATED workspaces whose true rates are known, how the forecast's error falls as campaigns
 * accumulate and {@link PriorUpdate} learns from them. Each workspace works on two platforms and three tiers
 * (nano, micro, mid); its true mean reach, click-through and conversion per segment are the defaults times a
 * lognormal factor (sd 0.5 on the log scale: the defaults are off by up to about 2.7x either way); each creator's
 * rates are Beta draws around the true means with the assumed concentrations. Campaign k is forecast from the
 * results of campaigns 1..k-1, then realised from the truth; the same campaign is forecast with the defaults too
 * (the baseline of the same run).
 *
 * <p>Error: |ln((P50 + 1) / (realised + 1))| of the campaign's total impressions, clicks and conversions, averaged
 * (0.69 means off by a factor of 2). Smoke check only: the truth shares the forecaster's model.
 */
public final class LearningCurve {
    private static final Tier[] TIERS = {Tier.NANO, Tier.MICRO, Tier.MID};
    private static final Figure[] SCORED = {Figure.IMPRESSIONS, Figure.CLICKS, Figure.CONVERSIONS};

    private final ForecastAssumptions assumptions;
    private final TierScheme tiers = TierScheme.microscoutDefault();

    public LearningCurve(ForecastAssumptions assumptions) {
        this.assumptions = assumptions;
    }

    /**
     * @param learned  mean error per campaign index (0: forecast before any result) and scored figure
     *                 ({@link #SCORED}) with learned priors
     * @param defaults the same campaigns forecast with the defaults
     * @param truth    the same campaigns forecast with the true means (the floor: what no learning can beat)
     * @param coverage share of the learned forecasts' P10–P90 holding the realised figure, per index
     */
    public record Curve(
            int workspaces,
            int campaigns,
            long seed,
            double[][] learned,
            double[][] defaults,
            double[][] truth,
            double[] coverage) {

        /** Mean error over the scored figures of campaigns [from, to) with learning (or with the defaults). */
        public double error(int from, int to, boolean withLearning) {
            return mean(withLearning ? learned : defaults, from, to);
        }

        /** Mean error of the forecast that knew the true means, over campaigns [from, to). */
        public double floor(int from, int to) {
            return mean(truth, from, to);
        }

        private static double mean(double[][] errors, int from, int to) {
            double sum = 0;
            for (int k = from; k < to; k++) {
                for (double e : errors[k]) {
                    sum += e;
                }
            }
            return sum / ((to - from) * SCORED.length);
        }

        /** Mean error of one scored figure over campaigns [from, to). */
        public double error(int from, int to, int figure, boolean withLearning) {
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += (withLearning ? learned : defaults)[k][figure];
            }
            return sum / (to - from);
        }

        public double coverage(int from, int to) {
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += coverage[k];
            }
            return sum / (to - from);
        }
    }

    /** The figures whose error is scored: the campaign's impressions, clicks and conversions. */
    public static List<Figure> scored() {
        return List.of(SCORED);
    }

    public Curve run(int workspaces, int campaigns, long seed) {
        if (workspaces < 1 || campaigns < 2) {
            throw new IllegalArgumentException("--workspaces must be at least 1 and --campaigns at least 2");
        }
        double[][] learned = new double[campaigns][SCORED.length], defaults = new double[campaigns][SCORED.length];
        double[][] floor = new double[campaigns][SCORED.length];
        double[] covered = new double[campaigns];
        Forecaster plain = new Forecaster(assumptions);
        for (int w = 0; w < workspaces; w++) {
            SplittableRandom random = new SplittableRandom(seed * 7_919 + w);
            Truth truth = Truth.draw(random, assumptions);
            List<CreatorResult> history = new ArrayList<>();
            PriorUpdate update = new PriorUpdate(assumptions);
            for (int k = 0; k < campaigns; k++) {
                List<ForecastSubject> subjects = new ArrayList<>();
                List<CreatorResult> results = new ArrayList<>();
                double[] real = realise(random, truth, subjects, results, w, k);
                SegmentRates rates = update.learn(history);
                long fseed = seed + 31L * w + k;
                Forecast withLearning = new Forecaster(assumptions, rates).forecast(subjects, fseed);
                Forecast withDefaults = plain.forecast(subjects, fseed);
                Forecast withTruth = new Forecaster(assumptions, truth.rates()).forecast(subjects, fseed);
                for (int f = 0; f < SCORED.length; f++) {
                    learned[k][f] += error(withLearning.total(SCORED[f]), real[f]) / workspaces;
                    defaults[k][f] += error(withDefaults.total(SCORED[f]), real[f]) / workspaces;
                    floor[k][f] += error(withTruth.total(SCORED[f]), real[f]) / workspaces;
                    covered[k] +=
                            (withLearning.total(SCORED[f]).contains(real[f]) ? 1.0 : 0.0) / SCORED.length / workspaces;
                }
                history.addAll(results);
            }
        }
        return new Curve(workspaces, campaigns, seed, learned, defaults, floor, covered);
    }

    private static double error(Interval forecast, double realised) {
        return Math.abs(Math.log((forecast.p50() + 1) / (realised + 1)));
    }

    /** One campaign of 3–8 creators drawn from the truth: its subjects, results, and total imp/clk/conv. */
    private double[] realise(
            SplittableRandom random,
            Truth truth,
            List<ForecastSubject> subjects,
            List<CreatorResult> results,
            int w,
            int k) {
        int creators = 3 + random.nextInt(6);
        double conversionDraw = random.nextDouble();
        double imp = 0, clk = 0, conv = 0;
        for (int c = 0; c < creators; c++) {
            Platform platform = truth.platforms[random.nextInt(2)];
            Tier tier = TIERS[random.nextInt(TIERS.length)];
            long lo = Math.max(1_000, tiers.lowerBound(tier)), hi = Math.min(500_000, upper(tier));
            long followers = Math.round(Math.exp(Math.log(lo) + random.nextDouble() * Math.log((double) hi / lo)));
            Deliverable format = feed(platform);
            subjects.add(new ForecastSubject(
                    CreatorKey.of(platform, "ws" + w + "_c" + k + "_" + c),
                    tiers.tierOf(followers),
                    followers,
                    format,
                    EngagementHistory.of(new long[] {Math.round(followers * 0.02), Math.round(followers * 0.03)}),
                    300));
            Tier t = tiers.tierOf(followers);
            double[] m = truth.means(platform, t);
            double reach = beta(random, m[0], assumptions.reachConcentration());
            long seen = Math.round(followers * reach);
            double ctr = beta(random, m[1], assumptions.clickThrough().concentration());
            long clicked = binomial(random, seen, ctr);
            double cvr = m[2] * (0.5 + conversionDraw); // one landing page per campaign: shared luck
            long converted = binomial(random, clicked, Math.min(0.5, cvr));
            imp += seen;
            clk += clicked;
            conv += converted;
            results.add(new CreatorResult(format, t, followers, seen, clicked, converted));
        }
        return new double[] {imp, clk, conv};
    }

    private long upper(Tier tier) {
        return switch (tier) {
            case NANO -> tiers.lowerBound(Tier.MICRO);
            case MICRO -> tiers.lowerBound(Tier.MID);
            default -> tiers.lowerBound(Tier.MACRO);
        };
    }

    private static Deliverable feed(Platform p) {
        return switch (p) {
            case INSTAGRAM -> Deliverable.INSTAGRAM_REEL;
            case TIKTOK -> Deliverable.TIKTOK_VIDEO;
            case YOUTUBE -> Deliverable.YOUTUBE_VIDEO;
        };
    }

    /** The known truth of one generated workspace. */
    private static final class Truth {
        final Platform[] platforms = new Platform[2];
        final Map<Platform, Map<Tier, double[]>> means = new EnumMap<>(Platform.class);

        static Truth draw(SplittableRandom random, ForecastAssumptions a) {
            Truth t = new Truth();
            List<Platform> all = new ArrayList<>(List.of(Platform.values()));
            t.platforms[0] = all.remove(random.nextInt(all.size()));
            t.platforms[1] = all.remove(random.nextInt(all.size()));
            for (Platform p : t.platforms) {
                Map<Tier, double[]> byTier = new HashMap<>();
                for (Tier tier : Tier.values()) {
                    byTier.put(tier, new double[] {
                        Math.min(0.9, a.reachRate(feed(p), tier) * factor(random)),
                        Math.min(0.2, a.clickThrough().mean() * factor(random)),
                        Math.min(0.2, a.conversion().mean() * factor(random))
                    });
                }
                t.means.put(p, byTier);
            }
            return t;
        }

        double[] means(Platform p, Tier tier) {
            return means.get(p).get(tier);
        }

        SegmentRates rates() {
            Map<SegmentRates.Segment, SegmentRates.Learned> r = new HashMap<>();
            means.forEach((p, byTier) -> byTier.forEach((tier, m) ->
                    r.put(new SegmentRates.Segment(p, tier), new SegmentRates.Learned(m[0], m[1], m[2], new int[3]))));
            return new SegmentRates(r, "the generated truth");
        }

        private static double factor(SplittableRandom random) {
            return Math.exp(0.5 * random.nextGaussian());
        }
    }

    private static double beta(SplittableRandom random, double mean, double concentration) {
        return io.microscout.forecast.Sampling.betaMean(random, mean, concentration);
    }

    private static long binomial(SplittableRandom random, long n, double p) {
        return io.microscout.forecast.Sampling.binomial(random, n, p);
    }
}
