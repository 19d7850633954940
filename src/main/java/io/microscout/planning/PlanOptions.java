package io.microscout.planning;

import io.microscout.forecast.EngagementHistory;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns candidates into the options of a {@link PlanProblem}: leaves out those the brief excludes (counting
 * why), applies recorded quotes over estimates, and values each deliverable by its expected objective.
 */
final class PlanOptions {
    final List<PlanCandidate> eligible = new ArrayList<>();
    final List<Integer> candidateOf = new ArrayList<>();
    final List<Deliverable> deliverableOf = new ArrayList<>();
    final List<PriceEstimate> priceOf = new ArrayList<>();
    final List<ForecastSubject> subjectOf = new ArrayList<>();
    final List<Double> valueOf = new ArrayList<>();
    final Map<String, Integer> leftOut = new TreeMap<>();

    PlanOptions(List<PlanCandidate> candidates, PlanBrief brief, Quotes quotes, Forecaster forecaster) {
        for (PlanCandidate c : candidates) {
            String why = exclusion(c, brief);
            if (why != null) {
                leftOut.merge(why, 1, Integer::sum);
                continue;
            }
            int index = eligible.size();
            boolean any = false;
            EngagementHistory history = EngagementHistory.of(c.engagementHistory());
            for (Map.Entry<Deliverable, PriceEstimate> e : c.prices().entrySet()) {
                Deliverable d = e.getKey();
                if (!brief.deliverables().isEmpty() && !brief.deliverables().contains(d)) {
                    continue;
                }
                PriceEstimate price = quotes.latest(c.creator(), d).map(q -> new PriceEstimate(q.amountUsd(),
                        q.amountUsd(), q.amountUsd(), PriceEstimate.Basis.QUOTE,
                        List.of("quoted by the creator (overrides the estimate)"))).orElse(e.getValue());
                if (price.point() > brief.budget()) {
                    continue;
                }
                ForecastSubject subject = new ForecastSubject(c.creator(), c.tier(), c.followers(), d, history, price.point());
                double value = value(forecaster.expected(subject), brief.objective());
                if (Double.isNaN(value)) {
                    continue;
                }
                candidateOf.add(index);
                deliverableOf.add(d);
                priceOf.add(price);
                subjectOf.add(subject);
                valueOf.add(value);
                any = true;
            }
            if (any) {
                eligible.add(c);
            } else {
                leftOut.merge("no deliverable priced within the budget (or engagement unknown)", 1, Integer::sum);
            }
        }
    }

    private static String exclusion(PlanCandidate c, PlanBrief brief) {
        if (!brief.platforms().isEmpty() && !brief.platforms().contains(c.creator().platform())) {
            return "platform not in the brief";
        }
        if (!brief.tiers().isEmpty() && !brief.tiers().contains(c.tier())) {
            return "tier not in the brief";
        }
        if (brief.minAuthenticity() != null) {
            if (c.authenticity() == null) {
                return "authenticity not assessed";
            }
            if (c.authenticity() < brief.minAuthenticity()) {
                return "authenticity below " + fmt(brief.minAuthenticity());
            }
        }
        if (brief.minFit() != null) {
            if (c.fit() == null) {
                return "fit not scored";
            }
            if (c.fit() < brief.minFit()) {
                return "fit below " + brief.minFit();
            }
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static double value(Forecaster.Expected e, Objective objective) {
        switch (objective) {
            case SALES: return e.conversions();
            case ENGAGEMENT: return e.engagements();
            default: return e.impressions();
        }
    }

    int size() {
        return candidateOf.size();
    }

    /** The numbers-only problem, with audience clusters and the brief's caps. */
    PlanProblem problem(PlanBrief brief, int[] clusterOfCandidate, double discount) {
        int n = size();
        double[] cost = new double[n], value = new double[n];
        int[] cluster = new int[n], creator = new int[n], niche = new int[n], platform = new int[n];
        Map<String, Integer> niches = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int c = candidateOf.get(i);
            PlanCandidate pc = eligible.get(c);
            cost[i] = priceOf.get(i).point();
            value[i] = valueOf.get(i);
            cluster[i] = clusterOfCandidate[c];
            creator[i] = c;
            niche[i] = niches.computeIfAbsent(pc.mainNiche(), k -> niches.size());
            platform[i] = pc.creator().platform().ordinal();
        }
        return new PlanProblem(cost, value, cluster, creator, niche, platform, brief.budget(),
                cap(brief.maxSharePerCreator(), brief), cap(brief.maxSharePerNiche(), brief),
                cap(brief.maxSharePerPlatform(), brief), discount);
    }

    private static double cap(Double share, PlanBrief brief) {
        return share == null ? Double.POSITIVE_INFINITY : share * brief.budget();
    }
}
