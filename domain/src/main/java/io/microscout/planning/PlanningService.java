package io.microscout.planning;

import io.microscout.forecast.Forecast;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.forecast.Rate;
import io.microscout.pricing.Quotes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans a campaign: takes candidates from a {@link CandidateSource}, chooses with {@link Planner}, forecasts
 * the chosen set with the seeded Monte Carlo {@link Forecaster}, and says why each creator is in.
 */
public final class PlanningService {
    /** Concentration of a rate the brand gives from its own data: better known than a default. */
    static final double BRIEF_RATE_CONCENTRATION = 400; // assumption: P10–P90 of 2% about 1.4%–2.7%

    private final CandidateSource source;
    private final Quotes quotes;
    private final ForecastAssumptions defaults;
    private final AudienceOverlap overlap;
    private final BuyerModel buyers;
    private final long seed;
    private final AcceptanceOdds odds;
    private final boolean byExpectedValue;

    public PlanningService(
            CandidateSource source, Quotes quotes, ForecastAssumptions defaults, AudienceOverlap overlap, long seed) {
        this(source, quotes, defaults, overlap, BuyerModel.defaults(), seed);
    }

    public PlanningService(
            CandidateSource source,
            Quotes quotes,
            ForecastAssumptions defaults,
            AudienceOverlap overlap,
            BuyerModel buyers,
            long seed) {
        this(source, quotes, defaults, overlap, buyers, seed, AcceptanceOdds.UNKNOWN, false);
    }

    private PlanningService(
            CandidateSource source,
            Quotes quotes,
            ForecastAssumptions defaults,
            AudienceOverlap overlap,
            BuyerModel buyers,
            long seed,
            AcceptanceOdds odds,
            boolean byExpectedValue) {
        this.odds = odds;
        this.byExpectedValue = byExpectedValue;
        this.source = source;
        this.quotes = quotes;
        this.defaults = defaults;
        this.overlap = overlap;
        this.buyers = buyers;
        this.seed = seed;
    }

    /**
     * The same service, showing each selection's likelihood of a yes (outreach's estimate) and its expected value;
     * with {@code byExpectedValue} the plan maximises the expected objective, likelihood x value, so a creator
     * likely to decline gives way to a likelier one (docs/planning.md, "Expected value").
     */
    public PlanningService withAcceptance(AcceptanceOdds odds, boolean byExpectedValue) {
        if (byExpectedValue && odds == AcceptanceOdds.UNKNOWN) {
            throw new IllegalArgumentException("an expected-value objective needs the acceptance likelihood");
        }
        return new PlanningService(source, quotes, defaults, overlap, buyers, seed, odds, byExpectedValue);
    }

    public Plan plan(PlanBrief brief) {
        return plan(brief, source.candidatesFor(brief));
    }

    /** The best plan for the brief among these candidates. */
    public Plan plan(PlanBrief brief, List<PlanCandidate> candidates) {
        Forecaster forecaster = new Forecaster(assumptionsFor(brief));
        PlanOptions options = options(candidates, brief, forecaster);
        PlanProblem problem = options.problem(brief, overlap.clusters(options.eligible), overlap.discount());
        Planner.Result result = new Planner().solve(problem);
        return assemble(brief, candidates, options, problem, result.chosen(), result.objective(), forecaster);
    }

    /** The numbers-only problem a plan solves (for the benchmark and checks). */
    public PlanProblem problem(PlanBrief brief, List<PlanCandidate> candidates) {
        PlanOptions options = options(candidates, brief, new Forecaster(assumptionsFor(brief)));
        return options.problem(brief, overlap.clusters(options.eligible), overlap.discount());
    }

    /** The single deliverable of one creator of the brief's tiers that brings the most within the budget. */
    public Plan bestSingle(PlanBrief brief, List<PlanCandidate> candidates) {
        Forecaster forecaster = new Forecaster(assumptionsFor(brief));
        PlanOptions options = options(candidates, brief, forecaster);
        PlanProblem problem = options.problem(brief, overlap.clusters(options.eligible), overlap.discount());
        int best = -1;
        for (int o = 0; o < options.size(); o++) {
            if (best < 0 || options.value(o) > options.value(best)) {
                best = o;
            }
        }
        int[] chosen = best < 0 ? new int[0] : new int[] {best};
        return assemble(brief, candidates, options, problem, chosen, best < 0 ? 0 : options.value(best), forecaster);
    }

    /**
     * What the budget buys in micro creators only, in one macro creator, and in the best mix. Each column asks
     * the candidate source for its own tiers, exactly as {@code plan} does, so the micro column is the plan
     * {@code plan} makes for a micro brief.
     */
    public BudgetComparison compare(PlanBrief brief) {
        PlanBrief micro = brief.withTiers(java.util.Set.of(io.microscout.tier.Tier.MICRO));
        PlanBrief macro = brief.withTiers(java.util.Set.of(io.microscout.tier.Tier.MACRO));
        PlanBrief mix = brief.withTiers(null);
        return new BudgetComparison(plan(micro), bestSingle(macro, source.candidatesFor(macro)), plan(mix));
    }

    private PlanOptions options(List<PlanCandidate> candidates, PlanBrief brief, Forecaster forecaster) {
        return new PlanOptions(candidates, brief, quotes, forecaster, buyers, odds, byExpectedValue);
    }

    ForecastAssumptions assumptionsFor(PlanBrief brief) {
        ForecastAssumptions a = defaults;
        if (brief.ctr() != null) {
            a = a.withClickThrough(new Rate(brief.ctr(), BRIEF_RATE_CONCENTRATION, "the brief"));
        }
        if (brief.cvr() != null) {
            a = a.withConversion(new Rate(brief.cvr(), BRIEF_RATE_CONCENTRATION, "the brief"));
        }
        if (brief.averageOrderValue() != null) {
            a = a.withAverageOrderValue(brief.averageOrderValue());
        }
        return a;
    }

    private Plan assemble(
            PlanBrief brief,
            List<PlanCandidate> candidates,
            PlanOptions options,
            PlanProblem problem,
            int[] chosen,
            double objectiveValue,
            Forecaster forecaster) {
        Integer[] order = java.util.Arrays.stream(chosen)
                .boxed()
                .sorted(Comparator.comparingDouble(
                        (Integer o) -> -options.value(o) / options.price(o).point()))
                .toArray(Integer[]::new);
        List<ForecastSubject> subjects = new ArrayList<>();
        for (int o : order) {
            subjects.add(options.subject(o));
        }
        Forecast forecast = forecaster.forecast(subjects, seed);
        double cost = 0, value = 0;
        for (int o : order) {
            cost += options.price(o).point();
            value += options.value(o);
        }
        double costPerUnit = value > 0 ? cost / value : Double.NaN;
        Map<Integer, List<Integer>> byCluster = new TreeMap<>();
        for (int o : order) {
            byCluster
                    .computeIfAbsent(problem.cluster[o], k -> new ArrayList<>())
                    .add(o);
        }
        List<Selection> selections = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            int o = order[i];
            PlanCandidate c = options.candidate(o);
            int rank = (int) byCluster.get(problem.cluster[o]).stream()
                    .filter(x -> options.value(x) > options.value(o) || (options.value(x) == options.value(o) && x < o))
                    .count();
            Selection draft = new Selection(
                    c,
                    options.deliverable(o),
                    options.price(o),
                    options.value(o),
                    AudienceOverlap.audienceOf(c),
                    rank,
                    forecast.perSubject().get(i),
                    "",
                    options.odds(o));
            String reason = SelectionReasons.reason(c, draft, brief.objective(), costPerUnit, overlap.discount())
                    + SelectionReasons.sameCreator(c, options.deliverable(o), order, options, overlap.discount())
                    + " | who can buy: " + SelectionReasons.buyers(options.buyersOf(o));
            selections.add(new Selection(
                    c,
                    draft.deliverable(),
                    draft.price(),
                    draft.expectedValue(),
                    draft.audience(),
                    rank,
                    draft.forecast(),
                    reason,
                    draft.acceptance()));
        }
        List<String> warnings = new ArrayList<>(unsupportedAudience(brief, options));
        long unspent = Math.round(brief.budget() * 100)
                - java.util.Arrays.stream(order)
                        .mapToLong(o -> options.price(o).pointCents())
                        .sum();
        if (unspent > 0.2 * brief.budget() * 100) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "%s of the budget is left unspent: no more creators in the brief's "
                            + "markets and niches pass the fit, relevance and audience floors (see \"Left out\"); raise --top, "
                            + "widen the markets or set planning.minFit to buy more",
                    io.microscout.pricing.Money.cents(unspent)));
        }
        Expectation.of(forecast, forecaster.assumptions(), brief).ifPresent(warnings::add);
        return new Plan(
                brief,
                source.describe(),
                source.synthetic(),
                selections,
                forecast,
                objectiveValue,
                assumptions(forecaster.assumptions()),
                options.leftOut,
                seed,
                LeftOutReasons.topLeftOut(candidates, options, order, problem, 10),
                warnings);
    }

    /** The brief's ages and genders that no audience data of the chosen creators supports, said out loud. */
    private List<String> unsupportedAudience(PlanBrief brief, PlanOptions options) {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (PlanCandidate c : options.eligible) {
            missing.addAll(buyers.unsupported(c, brief.audience()));
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of("the brief's " + String.join(" and ", missing) + ": no audience data supports them for "
                + "some or all candidates, so the forecast does not use them there (import insights or a media kit: "
                + "docs/planning.md)");
    }

    private List<String> assumptions(ForecastAssumptions a) {
        List<String> lines = new ArrayList<>();
        lines.add("click-through rate " + a.clickThrough().describe());
        lines.add("conversion rate " + a.conversion().describe());
        lines.add(String.format(Locale.ROOT, "average order value $%.2f", a.averageOrderValue()));
        lines.add("reach per follower by platform and tier: " + a.reachRates() + " (MicroScout's assumption)");
        lines.add("who can buy (BuyerModel): impressions x real-follower share; CTR x in-market share x relevance "
                + "x engagement factor; each factor's formula and source is printed with each creator");
        lines.add(a.emvFormula());
        lines.add(String.format(
                Locale.ROOT,
                "overlap: each further creator in the same audience (niche, country, "
                        + "language; shared followers where sampled) counts %.0f%% of the one before (MicroScout's assumption)",
                overlap.discount() * 100));
        lines.add(String.format(Locale.ROOT, "uncertainty: %d Monte Carlo draws, seed %d", a.draws(), seed));
        if (odds != AcceptanceOdds.UNKNOWN) {
            lines.add(
                    "likelihood of a yes: outreach's ESTIMATE per creator and offer (docs/outreach.md, \"Will they say"
                            + " yes?\"); expected value = likelihood x the forecast's P50, an estimate"
                            + (byExpectedValue
                                    ? "; the plan maximises the expected objective (likelihood x value)"
                                    : ""));
        }
        return lines;
    }
}
