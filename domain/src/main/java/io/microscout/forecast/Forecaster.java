package io.microscout.forecast;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo forecast. For each draw, and each deliverable:
 * <ul>
 *   <li>impressions = followers x real-follower share x reach rate, the rate ~ Beta around the platform and tier
 *       default (fake followers see nothing; {@link WhoCanBuy});</li>
 *   <li>engagements ~ the posterior predictive of the creator's own lognormal (ln(1 + engagements) per post,
 *       mean and spread unknown: sigma^2 = (n-1) s^2 / chi^2(n-1), mu ~ N(mean, sigma^2 / n), then one
 *       post ~ N(mu, sigma^2)): with few posts the interval widens, as it should;</li>
 *   <li>clicks ~ Binomial(impressions, CTR x in-market share x relevance x engagement factor), CTR ~ Beta per
 *       creator, each share ~ Beta around its estimate (an estimated share is loosely known: wider interval);
 *       conversions ~ Binomial(clicks, CVR),
 *       CVR ~ Beta once per draw (one shop, one landing page); revenue = conversions x order value.</li>
 * </ul>
 * Cost is the price; CPM, CPE, CPA, ROAS, ROI and EMV follow draw by draw, so that their percentiles are
 * those of the ratio, not ratios of percentiles.
 */
public final class Forecaster {
    private final ForecastAssumptions assumptions;
    private final SegmentRates learned;

    public Forecaster(ForecastAssumptions assumptions) {
        this(assumptions, SegmentRates.none());
    }

    /** A forecaster whose rates are the workspace's learned ones where known (campaign.PriorUpdate). */
    public Forecaster(ForecastAssumptions assumptions, SegmentRates learned) {
        this.assumptions = assumptions;
        this.learned = learned;
    }

    /** Mean reach of a deliverable per follower: the learned feed-post rate of its segment, else the default. */
    double reachRate(ForecastSubject s) {
        Double r = learned.of(s.deliverable().platform(), s.tier())
                .map(SegmentRates.Learned::reach)
                .orElse(null);
        if (r == null) {
            return assumptions.reachRate(s.deliverable(), s.tier());
        }
        return s.deliverable() == io.microscout.pricing.Deliverable.INSTAGRAM_STORY
                ? r * assumptions.storyReachFactor()
                : r;
    }

    Rate clickThrough(ForecastSubject s) {
        Rate d = assumptions.clickThrough();
        return learned.of(s.deliverable().platform(), s.tier())
                .map(SegmentRates.Learned::clickThrough)
                .map(m -> new Rate(m, d.concentration(), learned.source()))
                .orElse(d);
    }

    Rate conversion(ForecastSubject s) {
        Rate d = assumptions.conversion();
        return learned.of(s.deliverable().platform(), s.tier())
                .map(SegmentRates.Learned::conversion)
                .map(m -> new Rate(m, d.concentration(), learned.source()))
                .orElse(d);
    }

    public ForecastAssumptions assumptions() {
        return assumptions;
    }

    /** Mean outcome of one deliverable, as the planner maximises it. */
    public Expected expected(ForecastSubject s) {
        double impressions = s.followers() * s.buyers().impressionFactor() * reachRate(s);
        double clicks = impressions * clickThrough(s).mean() * s.buyers().clickFactor();
        double conversions = clicks * conversion(s).mean();
        return new Expected(
                impressions,
                s.engagement().isKnown() ? s.engagement().meanEngagements() : Double.NaN,
                clicks,
                conversions,
                conversions * assumptions.averageOrderValue());
    }

    /** Mean impressions, engagements (NaN when unknown), clicks, conversions and revenue. */
    public record Expected(double impressions, double engagements, double clicks, double conversions, double revenue) {}

    public Forecast forecast(List<ForecastSubject> subjects, long seed) {
        int n = subjects.size(), draws = assumptions.draws();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] impressions = new double[n][draws], engagements = new double[n][draws];
        double[][] clicks = new double[n][draws], conversions = new double[n][draws];
        Rate[] ctrs = new Rate[n], cvrs = new Rate[n];
        double[] reachRates = new double[n];
        for (int i = 0; i < n; i++) {
            ctrs[i] = clickThrough(subjects.get(i));
            cvrs[i] = conversion(subjects.get(i));
            reachRates[i] = reachRate(subjects.get(i));
        }
        for (int d = 0; d < draws; d++) {
            // one conversion rate per draw and distinct rate (one shop, one landing page)
            Map<Double, Double> conversionRates = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                ForecastSubject s = subjects.get(i);
                Rate cvr = cvrs[i], ctr = ctrs[i];
                double conversionRate = conversionRates.computeIfAbsent(
                        cvr.mean(), m -> Sampling.betaMean(random, m, cvr.concentration()));
                double reach = Sampling.betaMean(random, reachRates[i], assumptions.reachConcentration());
                long seen = Math.round(s.followers() * s.buyers().drawImpressionFactor(random) * reach);
                impressions[i][d] = seen;
                engagements[i][d] = onePost(random, s.engagement());
                double clickRate = Sampling.betaMean(random, ctr.mean(), ctr.concentration())
                        * s.buyers().drawClickFactor(random);
                long clicked = Sampling.binomial(random, seen, Math.min(1, clickRate));
                clicks[i][d] = clicked;
                conversions[i][d] = Sampling.binomial(random, clicked, conversionRate);
            }
        }
        List<Map<Figure, Interval>> each = new ArrayList<>(n);
        double[] tImp = new double[draws],
                tEng = new double[draws],
                tClk = new double[draws],
                tConv = new double[draws];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            each.add(figures(
                    impressions[i],
                    engagements[i],
                    clicks[i],
                    conversions[i],
                    subjects.get(i).cost()));
            cost += subjects.get(i).cost();
            for (int d = 0; d < draws; d++) {
                tImp[d] += impressions[i][d];
                tEng[d] += engagements[i][d];
                tClk[d] += clicks[i][d];
                tConv[d] += conversions[i][d];
            }
        }
        return new Forecast(figures(tImp, tEng, tClk, tConv, cost), each, assumptions.emvFormula(), seed, draws);
    }

    /** Engagements of one new post, from the posterior predictive of the creator's lognormal; NaN if unknown. */
    static double onePost(SplittableRandom random, EngagementHistory h) {
        if (!h.isKnown()) {
            return Double.NaN;
        }
        double sigma = h.posts() >= 2
                ? h.logSd() * Math.sqrt((h.posts() - 1) / Sampling.chiSquare(random, h.posts() - 1))
                : h.logSd();
        double mu = h.logMean() + sigma / Math.sqrt(h.posts()) * random.nextGaussian();
        return Math.max(0, Math.round(Math.expm1(mu + sigma * random.nextGaussian())));
    }

    /** Every figure's interval from the draws of the four counted ones and the cost. */
    Map<Figure, Interval> figures(double[] imp, double[] eng, double[] clk, double[] conv, double cost) {
        int draws = imp.length;
        double aov = assumptions.averageOrderValue(), emvCpm = assumptions.emvCpm();
        Map<Figure, double[]> arrays = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            arrays.put(f, new double[draws]);
        }
        for (int d = 0; d < draws; d++) {
            double revenue = conv[d] * aov;
            arrays.get(Figure.IMPRESSIONS)[d] = imp[d];
            arrays.get(Figure.ENGAGEMENTS)[d] = eng[d];
            arrays.get(Figure.CLICKS)[d] = clk[d];
            arrays.get(Figure.CONVERSIONS)[d] = conv[d];
            arrays.get(Figure.REVENUE)[d] = revenue;
            arrays.get(Figure.COST)[d] = cost;
            arrays.get(Figure.CPM)[d] = ratio(cost * 1000, imp[d]);
            arrays.get(Figure.CPE)[d] = ratio(cost, eng[d]);
            arrays.get(Figure.CPA)[d] = ratio(cost, conv[d]);
            arrays.get(Figure.ROAS)[d] = revenue / cost;
            arrays.get(Figure.ROI)[d] = (revenue - cost) / cost;
            arrays.get(Figure.EMV)[d] = emvCpm * imp[d] / 1000;
        }
        Map<Figure, Interval> out = new EnumMap<>(Figure.class);
        arrays.forEach((f, a) -> {
            Interval i = Interval.of(a);
            if (i != null) {
                out.put(f, i);
            }
        });
        return out;
    }

    private static double ratio(double numerator, double denominator) {
        if (Double.isNaN(denominator)) {
            return Double.NaN;
        }
        return denominator <= 0 ? Double.POSITIVE_INFINITY : numerator / denominator;
    }

    /** The realised figures of an outcome (for calibration), by the same formulas as the forecast. */
    public Map<Figure, Double> realised(double imp, double eng, double clk, double conv, double cost) {
        Map<Figure, Interval> one =
                figures(new double[] {imp}, new double[] {eng}, new double[] {clk}, new double[] {conv}, cost);
        Map<Figure, Double> out = new EnumMap<>(Figure.class);
        one.forEach((f, i) -> out.put(f, i.p50()));
        return out;
    }
}
