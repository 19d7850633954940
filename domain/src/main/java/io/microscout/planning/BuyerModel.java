package io.microscout.planning;

import io.microscout.brief.AgeBand;
import io.microscout.brief.AudienceTarget;
import io.microscout.brief.Gender;
import io.microscout.creator.Platform;
import io.microscout.discovery.AudienceData;
import io.microscout.forecast.BuyerFactor;
import io.microscout.forecast.BuyerFactor.Kind;
import io.microscout.forecast.WhoCanBuy;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Who in a candidate's audience can buy what the brief sells: one formula per factor of {@link WhoCanBuy}.
 * <ul>
 *   <li><b>In-market audience</b> = the smallest of the country share and the language share the brief names
 *       (an audience in DE that speaks de is not counted twice), times the age share and the gender share where
 *       audience data gives them (taken as independent of place: MicroScout's assumption). Measured shares
 *       (insights, a media kit) are used as they are; without them the share is an <i>estimate</i> from the
 *       creator's own country and language: {@value #HOME_COUNTRY_SHARE} of the audience in the creator's country
 *       and {@value #HOME_LANGUAGE_SHARE} speaking its language, {@value #ELSEWHERE_SHARE} in any other target
 *       (MicroScout's assumptions), loosely known (Beta concentration {@value #ESTIMATE_CONCENTRATION}, so the
 *       interval widens).</li>
 *   <li><b>Relevance</b> = min(1, discovery's relevance component / {@value #FULL_RELEVANCE}): a creator who talks
 *       about the product as much as discovery's strong matches gets the brief's CTR in full, one who barely does
 *       proportionally less (MicroScout's assumption). Unknown relevance: the fit score stands in, marked.</li>
 *   <li><b>Real followers</b> = authenticity / 100 (MicroScout reads the 0–100 score, built like HypeAuditor's
 *       Audience Quality Score, as the share of real audience); not vetted: {@value #UNVETTED_REAL_SHARE}, an
 *       estimate (SRF Data 2017 found 26–31% fake followers on average among 115 Swiss influencers).</li>
 *   <li><b>Engagement</b> = min({@value #MAX_ENGAGEMENT_FACTOR}, (engagement rate / tier benchmark)^0.5): the
 *       rate card's benchmarks (HypeAuditor), the square root as in pricing's engagement factor (MicroScout's
 *       assumption); a creator whose posts get no interaction drives no clicks. Unknown: 1, said.</li>
 * </ul>
 */
public final class BuyerModel {
    static final double HOME_COUNTRY_SHARE = 0.70; // assumption (see class comment)
    static final double HOME_LANGUAGE_SHARE = 0.85; // assumption
    static final double ELSEWHERE_SHARE = 0.05; // assumption
    static final double ESTIMATE_CONCENTRATION = 8; // assumption: 70% estimated has P10–P90 of about 45%–90%
    static final double MEASURED_CONCENTRATION = 200; // assumption: a measured share is known to a few points
    static final double FULL_RELEVANCE = 0.6; // assumption
    static final double UNVETTED_REAL_SHARE = 0.75; // SRF Data 2017 (26–31% fake on average)
    static final double MAX_ENGAGEMENT_FACTOR = 2.0; // assumption, the pricing engagement factor's cap
    /**
     * A plan does not buy a creator whose in-market share is below this, however cheap: its money would buy
     * followers who cannot buy (MicroScout's rule; the budget is left unspent rather than spent outside the market).
     */
    public static final double MIN_IN_MARKET = 0.2;

    private final BiFunction<Platform, Tier, Double> benchmarks;

    /** @param benchmarks engagement rate that counts as normal per platform and tier (the rate card's), or null */
    public BuyerModel(BiFunction<Platform, Tier, Double> benchmarks) {
        this.benchmarks = benchmarks == null ? (p, t) -> null : benchmarks;
    }

    public static BuyerModel defaults() {
        return new BuyerModel(io.microscout.pricing.RateCard.defaults()::benchmark);
    }

    public WhoCanBuy of(PlanCandidate c, AudienceTarget target) {
        List<BuyerFactor> out = new ArrayList<>();
        out.add(inMarket(c, target));
        out.add(relevance(c));
        out.add(realFollowers(c));
        out.add(engagement(c));
        return WhoCanBuy.of(out);
    }

    /**
     * The factors for a creator seen without a brief (the {@code creator} command): its in-market share for a brief
     * aimed at its own country and language, which shows how the estimate is made.
     */
    public List<String> describeWithoutBrief(PlanCandidate c) {
        Set<String> countries = c.countryCode() == null ? Set.of() : Set.of(c.countryCode());
        Set<String> languages = c.languageCode() == null ? Set.of() : Set.of(c.languageCode());
        WhoCanBuy who = of(c, new AudienceTarget(countries, languages, null, null));
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            BuyerFactor f = who.factors().get(k);
            if (f != null) {
                out.add(
                        k == Kind.IN_MARKET
                                ? f.describe() + " (for a brief aimed at the creator's own market; "
                                        + "plan computes it for the brief's)"
                                : k == Kind.RELEVANCE
                                        ? "relevance to the product: computed by discover/plan for a brief"
                                        : f.describe());
            }
        }
        return out;
    }

    /** The brief's audience fields no data supports for this candidate ("ages 18-24, 25-34"), said out loud. */
    public List<String> unsupported(PlanCandidate c, AudienceTarget target) {
        List<String> out = new ArrayList<>();
        AudienceData d = c.audience() == null ? null : c.audience().data();
        if (!target.ages().isEmpty() && (d == null || d.ages().isEmpty())) {
            out.add("ages " + target.ages().stream().map(BuyerModel::band).toList());
        }
        if (!target.genders().isEmpty() && (d == null || d.genders().isEmpty())) {
            out.add("genders " + target.genders().stream().map(Gender::id).toList());
        }
        return out;
    }

    BuyerFactor inMarket(PlanCandidate c, AudienceTarget target) {
        if (target.isEmpty()) {
            return BuyerFactor.exact(Kind.IN_MARKET, 1.0, "the brief names no target audience: everyone counts");
        }
        AudienceData d = c.audience() == null ? null : c.audience().data();
        List<String> why = new ArrayList<>();
        List<String> estimated = new ArrayList<>();
        double place = 1.0;
        if (!target.countries().isEmpty()) {
            double s = d != null && !d.countries().isEmpty()
                    ? sum(d.countries(), target.countries())
                    : estimate(c.countryCode(), target.countries(), HOME_COUNTRY_SHARE, "country", estimated);
            place = Math.min(place, s);
            why.add(pct(s) + " in " + String.join("/", sorted(target.countries())));
        }
        if (!target.languages().isEmpty()) {
            double s = d != null && !d.languages().isEmpty()
                    ? sum(d.languages(), target.languages())
                    : estimate(c.languageCode(), target.languages(), HOME_LANGUAGE_SHARE, "language", estimated);
            place = Math.min(place, s);
            why.add(pct(s) + " speaking " + String.join("/", sorted(target.languages())));
        }
        double share = place;
        if (!target.ages().isEmpty() && d != null && !d.ages().isEmpty()) {
            double s = 0;
            for (Map.Entry<AgeBand, Double> e : d.ages().entrySet()) {
                double covered = target.ages().stream()
                        .mapToDouble(t -> t.overlapShareOf(e.getKey()))
                        .max()
                        .orElse(0);
                s += e.getValue() * Math.min(1, covered);
            }
            share *= Math.min(1, s);
            why.add(pct(s) + " aged "
                    + target.ages().stream().map(BuyerModel::band).toList());
        }
        if (!target.genders().isEmpty() && d != null && !d.genders().isEmpty()) {
            double s = 0;
            for (Gender g : target.genders()) {
                s += d.genders().getOrDefault(g, 0.0);
            }
            share *= Math.min(1, s);
            why.add(pct(s) + " " + target.genders().stream().map(Gender::id).toList());
        }
        boolean isEstimate = !estimated.isEmpty();
        String basis = isEstimate
                ? "estimated from the creator's " + String.join(" and ", estimated) + " (MicroScout's assumption)"
                : c.audience().basis().startsWith("measured")
                        ? c.audience().basis()
                        : "measured (" + c.audience().basis() + ")";
        String formula = "min(country, language) share" + (share != place ? " x age x gender share" : "");
        return new BuyerFactor(
                Kind.IN_MARKET,
                share,
                isEstimate ? ESTIMATE_CONCENTRATION : MEASURED_CONCENTRATION,
                isEstimate,
                String.join(", ", why) + "; " + formula + "; " + basis);
    }

    private static double estimate(String own, Set<String> targets, double home, String what, List<String> estimated) {
        estimated.add(what + " " + (own == null ? "(unknown)" : own));
        if (own == null) {
            return ELSEWHERE_SHARE;
        }
        return targets.contains(own) ? home : ELSEWHERE_SHARE;
    }

    BuyerFactor relevance(PlanCandidate c) {
        if (c.relevance() != null) {
            double f = Math.min(1, c.relevance() / FULL_RELEVANCE);
            return BuyerFactor.exact(
                    Kind.RELEVANCE,
                    f,
                    String.format(
                            Locale.ROOT,
                            "discovery's relevance %.2f / %.1f, at most 1 (MicroScout's assumption)",
                            c.relevance(),
                            FULL_RELEVANCE));
        }
        if (c.fit() != null) {
            double f = Math.min(1, c.fit() / FULL_RELEVANCE);
            return new BuyerFactor(
                    Kind.RELEVANCE,
                    f,
                    ESTIMATE_CONCENTRATION,
                    true,
                    String.format(
                            Locale.ROOT,
                            "relevance unknown: the fit score %.2f / %.1f stands in (MicroScout's assumption)",
                            c.fit(),
                            FULL_RELEVANCE));
        }
        return new BuyerFactor(
                Kind.RELEVANCE,
                0.5,
                ESTIMATE_CONCENTRATION,
                true,
                "relevance and fit unknown: 50% (MicroScout's assumption)");
    }

    BuyerFactor realFollowers(PlanCandidate c) {
        if (c.authenticity() != null) {
            return BuyerFactor.exact(
                    Kind.REAL_FOLLOWERS,
                    Math.max(0, Math.min(1, c.authenticity() / 100)),
                    String.format(
                            Locale.ROOT,
                            "authenticity %.0f/100 read as the share of real followers",
                            c.authenticity()));
        }
        return new BuyerFactor(
                Kind.REAL_FOLLOWERS,
                UNVETTED_REAL_SHARE,
                ESTIMATE_CONCENTRATION,
                true,
                "not vetted: 75% real, the average of SRF Data 2017 (26–31% fake)");
    }

    BuyerFactor engagement(PlanCandidate c) {
        Double rate = c.engagementRate();
        Double benchmark = benchmarks.apply(c.creator().platform(), c.tier());
        if (rate == null || benchmark == null || benchmark <= 0) {
            return BuyerFactor.exact(
                    Kind.ENGAGEMENT,
                    1.0,
                    rate == null ? "engagement unknown: no adjustment" : "no benchmark for the tier: no adjustment");
        }
        double f = Math.min(MAX_ENGAGEMENT_FACTOR, Math.sqrt(rate / benchmark));
        String reason = String.format(
                Locale.ROOT,
                "engagement %.2f%% vs %.2f%% benchmark (HypeAuditor): (ratio)^0.5, at most x%.0f (MicroScout's assumption)",
                rate * 100,
                benchmark * 100,
                MAX_ENGAGEMENT_FACTOR);
        if (c.engagementStated()) {
            // a source's number, not computed from posts: an estimate, its share as loosely known as an estimated one
            return new BuyerFactor(
                    Kind.ENGAGEMENT,
                    f,
                    ESTIMATE_CONCENTRATION,
                    true,
                    reason + "; the rate " + c.stated().statedBy() + ", an estimate from stated data (no posts)");
        }
        return BuyerFactor.exact(Kind.ENGAGEMENT, f, reason);
    }

    private static double sum(Map<String, Double> shares, Set<String> wanted) {
        double s = 0;
        for (String w : wanted) {
            s += shares.getOrDefault(w, 0.0);
        }
        return Math.min(1, s);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String band(AgeBand b) {
        return b.min() + (b.max() == null ? "+" : "-" + b.max());
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
