package io.microscout.planning;

import io.microscout.forecast.BuyerFactor;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.forecast.WhoCanBuy;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Quote;
import io.microscout.pricing.Quotes;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns candidates into the options of a {@link PlanProblem}: leaves out those the brief excludes (counting
 * why), applies recorded quotes over estimates, and values each deliverable by its expected objective
 * ({@link Forecaster#expected}'s mean, from a per deliverable x tier table of reach).
 *
 * <p>Built for 100,000 candidates: options live in primitive arrays, no string or forecast object is built per
 * option; forecast subjects (with the engagement history's log statistics) only for the options a plan chose.
 */
final class PlanOptions {
    private static final Deliverable[] DELIVERABLES = Deliverable.values();

    final List<PlanCandidate> eligible = new ArrayList<>();
    final Map<String, Integer> leftOut = new TreeMap<>();
    private int size;
    private int[] candidateOf = new int[1024];
    private byte[] deliverableOf = new byte[1024];
    private double[] costOf = new double[1024];
    private double[] valueOf = new double[1024];
    private PriceEstimate[] priceOf = new PriceEstimate[1024];
    private AcceptanceOdds.Odds[] oddsOf = new AcceptanceOdds.Odds[1024];
    private final AcceptanceOdds odds;
    private final boolean byExpectedValue;
    /** Who can buy, per eligible candidate (the forecast's buyer factors). */
    final List<WhoCanBuy> buyers = new ArrayList<>();
    /** Why a candidate was left out, by its position in the candidate list (null: it was eligible). */
    final String[] whyOut;

    PlanOptions(
            List<PlanCandidate> candidates, PlanBrief brief, Quotes quotes, Forecaster forecaster, BuyerModel model) {
        this(candidates, brief, quotes, forecaster, model, AcceptanceOdds.UNKNOWN, false);
    }

    /**
     * @param odds            each option's likelihood of a yes (outreach's estimate), kept for the plan to show
     * @param byExpectedValue value each option at likelihood x its expected objective (the expected value)
     */
    PlanOptions(
            List<PlanCandidate> candidates,
            PlanBrief brief,
            Quotes quotes,
            Forecaster forecaster,
            BuyerModel model,
            AcceptanceOdds odds,
            boolean byExpectedValue) {
        this.odds = odds;
        this.byExpectedValue = byExpectedValue;
        // The default floors are relative to the best candidates who can buy: those in the brief's markets.
        List<PlanCandidate> inMarket = candidates.stream()
                .filter(c -> brief.audience().isEmpty()
                        || model.inMarket(c, brief.audience()).value() >= BuyerModel.MIN_IN_MARKET)
                .toList();
        Exclusions exclusions = new Exclusions(brief, inMarket);
        whyOut = new String[candidates.size()];
        int position = -1;
        double[][] perFollower = perFollower(forecaster.assumptions(), brief.objective());
        boolean anyDeliverable = brief.deliverables().isEmpty();
        boolean byEngagement = brief.objective() == Objective.ENGAGEMENT;
        for (PlanCandidate c : candidates) {
            position++;
            String why = exclusions.of(c);
            if (why != null) {
                leftOut.merge(why, 1, Integer::sum);
                whyOut[position] = why;
                continue;
            }
            int index = eligible.size();
            int before = size;
            WhoCanBuy who = model.of(c, brief.audience());
            if (who.mean(BuyerFactor.Kind.IN_MARKET) < BuyerModel.MIN_IN_MARKET) {
                String out = String.format(
                        java.util.Locale.ROOT,
                        "audience outside the brief's markets (in-market " + "below %.0f%%, MicroScout's floor)",
                        BuyerModel.MIN_IN_MARKET * 100);
                leftOut.merge(out, 1, Integer::sum);
                whyOut[position] = out + ": "
                        + who.factors().get(BuyerFactor.Kind.IN_MARKET).describe();
                continue;
            }
            double buyerFactor = brief.objective() == Objective.SALES
                    ? who.impressionFactor() * who.clickFactor()
                    : who.mean(BuyerFactor.Kind.IN_MARKET) * (byEngagement ? 1 : who.impressionFactor());
            double meanEngagements = byEngagement ? meanEngagements(c) : 0;
            boolean offersAllowed = false;
            double cheapest = Double.POSITIVE_INFINITY;
            for (Map.Entry<Deliverable, PriceEstimate> e : c.prices().entrySet()) {
                Deliverable d = e.getKey();
                if (!anyDeliverable && !brief.deliverables().contains(d)) {
                    continue;
                }
                offersAllowed = true;
                PriceEstimate price = e.getValue(); // already the quote when the source priced with quotes
                Optional<Quote> quote = quotes.latest(c.creator(), d);
                if (quote.isPresent()
                        && !(price.isQuote() && price.point() == quote.get().amountUsd())) {
                    double q = quote.get().amountUsd();
                    price = new PriceEstimate(
                            q,
                            q,
                            q,
                            PriceEstimate.Basis.QUOTE,
                            List.of("quoted by the creator (overrides the estimate)"));
                }
                cheapest = Math.min(cheapest, price.point());
                if (price.point() > brief.budget() || price.point() > creatorCap(brief)) {
                    continue;
                }
                double value = buyerFactor
                        * (byEngagement
                                ? meanEngagements
                                : c.followers()
                                        * perFollower[d.ordinal()][c.tier().ordinal()]);
                if (Double.isNaN(value)) {
                    continue;
                }
                add(index, c, d, price, value);
            }
            if (size > before) {
                eligible.add(c);
                buyers.add(who);
            } else {
                String reason = !offersAllowed
                        ? "no deliverable of the brief's platforms and formats"
                        : cheapest > creatorCap(brief) && cheapest <= brief.budget()
                                ? "cheapest deliverable above the per-creator cap"
                                : cheapest > brief.budget()
                                        ? "no deliverable priced within the budget"
                                        : "engagement unknown";
                leftOut.merge(reason, 1, Integer::sum);
                whyOut[position] = reason + (Double.isFinite(cheapest) ? " (from " + Money.format(cheapest) + ")" : "");
            }
        }
    }

    /** Expected objective per follower by deliverable and tier (sales: conversions; reach: impressions). */
    private static double[][] perFollower(ForecastAssumptions a, Objective objective) {
        double[][] t = new double[DELIVERABLES.length][Tier.values().length];
        double factor = objective == Objective.SALES
                ? a.clickThrough().mean() * a.conversion().mean()
                : 1;
        for (Deliverable d : DELIVERABLES) {
            for (Tier tier : Tier.values()) {
                t[d.ordinal()][tier.ordinal()] = a.reachRate(d, tier) * factor;
            }
        }
        return t;
    }

    /** Mean engagements per post: of the posts, else the stated average (NaN when neither is known). */
    private static double meanEngagements(PlanCandidate c) {
        long[] history = c.engagementHistory();
        if (history.length == 0) {
            return c.engagementStated() && c.stated().meanEngagements() != null
                    ? c.stated().meanEngagements()
                    : Double.NaN;
        }
        double sum = 0;
        for (long e : history) {
            sum += e;
        }
        return sum / history.length;
    }

    private void add(int candidate, PlanCandidate c, Deliverable d, PriceEstimate price, double value) {
        AcceptanceOdds.Odds yes = odds == AcceptanceOdds.UNKNOWN ? null : odds.of(c, d, price);
        if (byExpectedValue && yes != null) {
            value *= yes.probability(); // expected value = likelihood of a yes x the value if yes
        }
        if (size == costOf.length) {
            int n = size * 2;
            candidateOf = Arrays.copyOf(candidateOf, n);
            deliverableOf = Arrays.copyOf(deliverableOf, n);
            costOf = Arrays.copyOf(costOf, n);
            valueOf = Arrays.copyOf(valueOf, n);
            priceOf = Arrays.copyOf(priceOf, n);
            oddsOf = Arrays.copyOf(oddsOf, n);
        }
        candidateOf[size] = candidate;
        deliverableOf[size] = (byte) d.ordinal();
        costOf[size] = price.point();
        valueOf[size] = value;
        priceOf[size] = price;
        oddsOf[size] = yes;
        size++;
    }

    /** Why the brief leaves a candidate out, or null; each reason's words are built once. */
    private static final class Exclusions {
        private final PlanBrief brief;
        private final String authenticityBelow;
        private final String fitBelow;

        private final Double minFit;
        private final Double minRelevance;
        private final String relevanceBelow;

        Exclusions(PlanBrief brief, List<PlanCandidate> candidates) {
            this.brief = brief;
            this.authenticityBelow =
                    brief.minAuthenticity() == null ? null : "authenticity below " + fmt(brief.minAuthenticity());
            this.minFit = brief.minFit() != null ? brief.minFit() : FitFloor.of(candidates);
            this.fitBelow = minFit == null
                    ? null
                    : brief.minFit() != null
                            ? "fit below " + brief.minFit()
                            : String.format(
                                    java.util.Locale.ROOT, "fit below %.2f (default: %s)", minFit, FitFloor.RULE);
            this.minRelevance = brief.minFit() != null ? null : FitFloor.relevanceOf(candidates);
            this.relevanceBelow = minRelevance == null
                    ? null
                    : String.format(
                            java.util.Locale.ROOT,
                            "relevance below %.2f (default: 70%% of the best relevance among discovery's candidates)",
                            minRelevance);
        }

        String of(PlanCandidate c) {
            if (!brief.platforms().isEmpty()
                    && !brief.platforms().contains(c.creator().platform())) {
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
                    return authenticityBelow;
                }
            }
            if (minFit != null) {
                if (c.fit() == null) {
                    return "fit not scored";
                }
                if (c.fit() < minFit) {
                    return fitBelow;
                }
            }
            if (minRelevance != null && c.relevance() != null && c.relevance() < minRelevance) {
                return relevanceBelow;
            }
            return null;
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    int size() {
        return size;
    }

    PlanCandidate candidate(int option) {
        return eligible.get(candidateOf[option]);
    }

    Deliverable deliverable(int option) {
        return DELIVERABLES[deliverableOf[option]];
    }

    PriceEstimate price(int option) {
        return priceOf[option];
    }

    /** The option's likelihood of a yes, or null when not estimated. */
    AcceptanceOdds.Odds odds(int option) {
        return oddsOf[option];
    }

    double value(int option) {
        return valueOf[option];
    }

    /** The forecast subject of one option (built on demand: only the chosen options are forecast). */
    ForecastSubject subject(int option) {
        PlanCandidate c = candidate(option);
        return new ForecastSubject(
                c.creator(),
                c.tier(),
                c.followers(),
                deliverable(option),
                c.engagement(),
                costOf[option],
                buyers.get(candidateOf[option]));
    }

    WhoCanBuy buyersOf(int option) {
        return buyers.get(candidateOf[option]);
    }

    private static double creatorCap(PlanBrief brief) {
        return cap(brief.maxSharePerCreator(), brief);
    }

    /** The numbers-only problem, with audience clusters and the brief's caps. */
    PlanProblem problem(PlanBrief brief, int[] clusterOfCandidate, double discount) {
        int n = size;
        int[] cluster = new int[n], niche = new int[n], platform = new int[n];
        int[] nicheOfCandidate = new int[eligible.size()];
        Map<String, Integer> niches = new HashMap<>();
        for (int c = 0; c < nicheOfCandidate.length; c++) {
            nicheOfCandidate[c] = niches.computeIfAbsent(eligible.get(c).mainNiche(), k -> niches.size());
        }
        for (int i = 0; i < n; i++) {
            int c = candidateOf[i];
            cluster[i] = clusterOfCandidate[c];
            niche[i] = nicheOfCandidate[c];
            platform[i] = DELIVERABLES[deliverableOf[i]].platform().ordinal();
        }
        return new PlanProblem(
                Arrays.copyOf(costOf, n),
                Arrays.copyOf(valueOf, n),
                cluster,
                Arrays.copyOf(candidateOf, n),
                niche,
                platform,
                brief.budget(),
                cap(brief.maxSharePerCreator(), brief),
                cap(brief.maxSharePerNiche(), brief),
                cap(brief.maxSharePerPlatform(), brief),
                discount);
    }

    private static double cap(Double share, PlanBrief brief) {
        return share == null ? Double.POSITIVE_INFINITY : share * brief.budget();
    }
}
