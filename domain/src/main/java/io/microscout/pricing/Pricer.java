package io.microscout.pricing;

import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices a deliverable: the creator's latest quote if there is one, otherwise an estimate from the
 * {@link RateCard}.
 *
 * <p>The estimate: (1) the tier's photo-post price range [L, H] is spread over the tier's follower span
 * [f0, f1] log-linearly, so that a creator at log-position t = ln(f/f0) / ln(f1/f0) (clamped to 0..1)
 * costs P(t) = L * (H/L)^t: the bottom of the tier pays L, the top H, and doubling followers always adds
 * the same share. Nano's span starts at 1,000 followers and the top tier's ends at 10x its start
 * (assumption). (2) The range is P(t - w) .. P(t + w), w = the card's range width, clamped to the tier:
 * so a photo post's range always lies inside the published tier range. (3) The deliverable's premium
 * multiplies it (its low end the range's low end, its mid the point). (4) Country and engagement factors
 * multiply all three.
 */
public final class Pricer {
    private static final long NANO_FLOOR_FOLLOWERS = 1_000; // assumption: below 1k followers, the nano minimum
    private static final double TOP_TIER_SPAN = 10; // assumption: the top tier spans 10x its start

    private final RateCard card;
    private final TierScheme scheme;
    private final Quotes quotes;

    public Pricer(RateCard card, TierScheme scheme, Quotes quotes) {
        this.card = card;
        this.scheme = scheme;
        this.quotes = quotes;
    }

    public static Pricer defaults() {
        return new Pricer(RateCard.defaults(), TierScheme.microscoutDefault(), Quotes.none());
    }

    public RateCard card() {
        return card;
    }

    /** The creator's latest quote for this deliverable when recorded, otherwise the estimate. */
    public PriceEstimate price(PricingSubject subject, Deliverable deliverable) {
        Optional<Quote> quote = quotes.latest(subject.key(), deliverable);
        if (quote.isPresent()) {
            Quote q = quote.get();
            String when = q.recordedAt() == null
                    ? ""
                    : " on " + q.recordedAt().toString().substring(0, 10);
            return new PriceEstimate(
                    q.amountUsd(),
                    q.amountUsd(),
                    q.amountUsd(),
                    PriceEstimate.Basis.QUOTE,
                    List.of("quoted by the creator" + when + (q.note().isEmpty() ? "" : ": " + q.note())
                            + " (overrides the estimate)"));
        }
        return estimate(subject, deliverable);
    }

    /** The rate-card estimate, ignoring quotes. */
    public PriceEstimate estimate(PricingSubject subject, Deliverable deliverable) {
        if (deliverable.platform() != subject.key().platform()) {
            throw new IllegalArgumentException(subject.key() + " cannot sell a " + deliverable.label());
        }
        List<String> why = new ArrayList<>();
        Tier tier = subject.tier();
        Range tierRange = card.tierPrices().get(tier);
        double t = logPosition(tier, subject.followers());
        double w = card.rangeWidth();
        why.add(String.format(
                Locale.ROOT,
                "%s tier photo post %s–%s (%s); %,d followers sit at %.0f%% of the " + "tier's log-follower span",
                tier.id(),
                Money.format(tierRange.low()),
                Money.format(tierRange.high()),
                card.source(),
                subject.followers(),
                t * 100));
        Range format = card.formatPremiums().get(deliverable);
        why.add(String.format(
                Locale.ROOT, "%s: x%.2f–%.2f over a photo post", deliverable.label(), format.low(), format.high()));
        double country = countryFactor(subject.countryCode(), why);
        double engagement = engagementFactor(subject, why);
        double common = country * engagement;
        double low = at(tierRange, Math.max(0, t - w)) * format.low() * common;
        double point = at(tierRange, t) * format.mid() * common;
        double high = at(tierRange, Math.min(1, t + w)) * format.high() * common;
        return new PriceEstimate(low, point, high, PriceEstimate.Basis.ESTIMATE, why);
    }

    private static double at(Range r, double t) {
        return r.low() * Math.pow(r.high() / r.low(), t);
    }

    /** Where the followers sit in the tier's span, 0 (bottom) to 1 (top), on a log scale. */
    double logPosition(Tier tier, long followers) {
        Long lower = scheme.lowerBound(tier);
        if (lower == null) {
            return 0.5;
        }
        double f0 = Math.max(lower, NANO_FLOOR_FOLLOWERS);
        Long upper = scheme.upperBound(tier);
        double f1 = upper == null ? f0 * TOP_TIER_SPAN : upper;
        if (f1 <= f0) {
            return 0.5;
        }
        double t = Math.log(Math.max(followers, 1) / f0) / Math.log(f1 / f0);
        return Math.max(0, Math.min(1, t));
    }

    private double countryFactor(String country, List<String> why) {
        if (country == null || country.isBlank()) {
            why.add("country unknown: no country adjustment");
            return 1.0;
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        Double f = card.countryFactors().get(c);
        if (f == null) {
            why.add(String.format(Locale.ROOT, "%s not in the country table: x%.2f", c, card.otherCountryFactor()));
            return card.otherCountryFactor();
        }
        why.add(String.format(
                Locale.ROOT,
                "country %s: x%.2f (%s)",
                c,
                f,
                card.source().equals("MicroScout defaults") ? "MicroScout's assumption" : card.source()));
        return f;
    }

    private double engagementFactor(PricingSubject s, List<String> why) {
        Double benchmark = card.benchmark(s.key().platform(), s.tier());
        if (s.engagementRate() == null || benchmark == null || benchmark <= 0) {
            why.add("engagement " + (s.engagementRate() == null ? "unknown" : "without a benchmark")
                    + ": no engagement adjustment");
            return 1.0;
        }
        Range limits = card.engagementFactorLimits();
        double raw = Math.pow(Math.max(s.engagementRate(), 1e-9) / benchmark, card.engagementElasticity());
        double f = Math.max(limits.low(), Math.min(limits.high(), raw));
        why.add(String.format(
                Locale.ROOT,
                "engagement %.2f%%%s vs %.2f%% %s %s benchmark: x%.2f "
                        + "(ratio ^ %.2f, within x%.2f–%.2f; MicroScout's assumption)",
                s.engagementRate() * 100,
                s.engagementStatedBy() == null ? "" : " " + s.engagementStatedBy(),
                benchmark * 100,
                s.key().platform().id(),
                s.tier().id(),
                f,
                card.engagementElasticity(),
                limits.low(),
                limits.high()));
        return f;
    }
}
