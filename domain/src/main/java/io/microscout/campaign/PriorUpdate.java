package io.microscout.campaign;

import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.SegmentRates;
import io.microscout.forecast.SegmentRates.Segment;
import io.microscout.pricing.Deliverable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns a workspace's rates per platform and tier from its realised results: reach (impressions per follower of
 * a feed post; a story's is divided by the story factor), click-through (clicks per impression) and conversion
 * (attributed orders per click).
 *
 * <p>Each creator's observed rate is one draw of the segment's rate, so the segment's mean is estimated by
 * credibility weighting (Bühlmann, "Experience rating and credibility", ASTIN Bulletin 4, 1967; for a Beta-Binomial
 * the credibility of n trials is Z = n / (n + k), k the Beta concentration of the rate): mean = (w0 m0 + sum Z_i
 * r_i) / (w0 + sum Z_i), with the default m0 counted as w0 = {@value #PRIOR_WEIGHT} creators (MicroScout's
 * assumption: two campaigns' worth of a creator outweigh the default). A creator with few clicks moves the
 * conversion rate little; one with a reported reach counts almost fully. The spread between creators stays the
 * assumed one.
 */
public final class PriorUpdate {
    static final double PRIOR_WEIGHT = 2.0;

    private final ForecastAssumptions assumptions;

    public PriorUpdate(ForecastAssumptions assumptions) {
        this.assumptions = assumptions;
    }

    private static final class Sums {
        final double[] weighted = new double[3], weight = new double[3];
        final int[] evidence = new int[3];

        void add(int which, double rate, double trials, double concentration) {
            double z = trials / (trials + concentration);
            weighted[which] += z * rate;
            weight[which] += z;
            evidence[which]++;
        }

        Double mean(int which, double prior) {
            if (evidence[which] == 0) {
                return null;
            }
            double m = (PRIOR_WEIGHT * prior + weighted[which]) / (PRIOR_WEIGHT + weight[which]);
            return Math.min(0.999, Math.max(1e-6, m));
        }
    }

    public SegmentRates learn(List<CreatorResult> results) {
        Map<Segment, Sums> sums = new HashMap<>();
        for (CreatorResult r : results) {
            Segment seg = new Segment(r.format().platform(), r.tier());
            Sums s = sums.computeIfAbsent(seg, k -> new Sums());
            if (r.impressions() != null && r.followers() > 0) {
                double factor = r.format() == Deliverable.INSTAGRAM_STORY ? assumptions.storyReachFactor() : 1;
                s.add(
                        0,
                        r.impressions() / (double) r.followers() / factor,
                        r.followers(),
                        assumptions.reachConcentration());
                if (r.impressions() > 0) {
                    s.add(
                            1,
                            r.clicks() / (double) r.impressions(),
                            r.impressions(),
                            assumptions.clickThrough().concentration());
                }
            }
            if (r.clicks() > 0) {
                s.add(
                        2,
                        r.conversions() / (double) r.clicks(),
                        r.clicks(),
                        assumptions.conversion().concentration());
            }
        }
        Map<Segment, SegmentRates.Learned> out = new HashMap<>();
        sums.forEach((seg, s) -> {
            double reachPrior = assumptions.reachRate(feedPost(seg), seg.tier());
            SegmentRates.Learned l = new SegmentRates.Learned(
                    s.mean(0, reachPrior),
                    s.mean(1, assumptions.clickThrough().mean()),
                    s.mean(2, assumptions.conversion().mean()),
                    s.evidence.clone());
            if (l.reach() != null || l.clickThrough() != null || l.conversion() != null) {
                out.put(seg, l);
            }
        });
        return out.isEmpty()
                ? SegmentRates.none()
                : new SegmentRates(
                        out,
                        String.format(
                                Locale.ROOT,
                                "learned from %d creator results of this workspace (credibility-weighted)",
                                results.size()));
    }

    private static Deliverable feedPost(Segment seg) {
        for (Deliverable d : Deliverable.values()) {
            if (d.platform() == seg.platform() && d != Deliverable.INSTAGRAM_STORY) {
                return d;
            }
        }
        throw new IllegalStateException("no deliverable on " + seg.platform());
    }
}
