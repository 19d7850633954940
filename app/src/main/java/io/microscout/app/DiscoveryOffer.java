package io.microscout.app;

import io.microscout.brief.Brief;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.RankedCreator;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.pricing.Deliverable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What discovery offers each creator it ranks, so that it can show the likelihood of a yes and the expected value
 * (issue 13): a price, and a deliverable (the given one on its platform, else the platform's common buy).
 *
 * @param price       US dollars offered per creator
 * @param deliverable the deliverable offered on its platform, or null: each platform's common buy
 * @param basis       where the price comes from ("--offer-price", "the brief's budget x planning.maxSharePerCreator")
 */
public record DiscoveryOffer(double price, Deliverable deliverable, String basis) {

    public DiscoveryOffer {
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("an offer price must be a positive amount, got " + price);
        }
    }

    /**
     * The offer a discovery makes: {@code offerPrice} when given (named {@code givenAs}: "--offer-price"), else the brief's budget x its
     * planning.maxSharePerCreator (the most one creator may take) when the brief states both, else none (null).
     */
    public static DiscoveryOffer of(Double offerPrice, String givenAs, Deliverable deliverable, Brief brief) {
        if (offerPrice != null) {
            return new DiscoveryOffer(offerPrice, deliverable, givenAs);
        }
        if (brief != null && brief.budget() != null && brief.planning().maxSharePerCreator() != null) {
            return new DiscoveryOffer(
                    brief.budget() * brief.planning().maxSharePerCreator(),
                    deliverable,
                    "the brief's budget x planning.maxSharePerCreator");
        }
        return null;
    }

    /** The deliverable offered to a creator on this platform. */
    public Deliverable deliverableFor(Platform platform) {
        if (deliverable != null && deliverable.platform() == platform) {
            return deliverable;
        }
        return switch (platform) {
            case INSTAGRAM -> Deliverable.INSTAGRAM_POST;
            case YOUTUBE -> Deliverable.YOUTUBE_VIDEO;
            case TIKTOK -> Deliverable.TIKTOK_VIDEO;
        };
    }

    /** "an Instagram post at $400.00 (--offer-price)". */
    public String describe(Platform platform) {
        return String.format(
                Locale.ROOT, "%s at $%,.2f (%s)", deliverableFor(platform).label(), price, basis);
    }

    /**
     * The expected value discovery can rank by: the likelihood of a yes x the fit score (an estimate, as the
     * likelihood is).
     */
    public static double expectedFit(RankedCreator r, Acceptance a) {
        return a.expected(r.fit().score());
    }

    /** With the expected-fit objective, discovery's top this many times the asked number are re-ranked. */
    public static final int EXPECTED_POOL_FACTOR = 5;

    /** The creators shown and each one's likelihood for the offer (empty when there is none). */
    public record Ranking(List<RankedCreator> creators, Map<CreatorKey, Acceptance> odds, int pool) {}

    /**
     * Discovery's best {@code top}, each with its likelihood when an offer and the odds are known; by expected fit,
     * the best {@code top} of discovery's top {@link #EXPECTED_POOL_FACTOR} x {@code top}.
     *
     * @param discover discovery's best N for the brief
     * @param oddsOf   the likelihood of a yes to the offer, or null when unknown
     */
    public static Ranking rank(
            java.util.function.IntFunction<List<RankedCreator>> discover,
            int top,
            boolean byExpectedFit,
            Function<RankedCreator, Acceptance> oddsOf) {
        if (byExpectedFit && oddsOf == null) {
            throw new IllegalArgumentException("the expected-fit objective needs an offer");
        }
        int pool = byExpectedFit ? top * EXPECTED_POOL_FACTOR : top;
        List<RankedCreator> found = discover.apply(pool);
        Map<CreatorKey, Acceptance> odds = oddsOf == null ? Map.of() : odds(found, oddsOf);
        List<RankedCreator> shown =
                byExpectedFit ? byExpectedFit(found, odds, top) : found.subList(0, Math.min(top, found.size()));
        return new Ranking(List.copyOf(shown), odds, pool);
    }

    /** Each creator's likelihood for the offer, in the order given. */
    public static Map<CreatorKey, Acceptance> odds(List<RankedCreator> ranked, Function<RankedCreator, Acceptance> of) {
        Map<CreatorKey, Acceptance> out = new LinkedHashMap<>();
        ranked.forEach(r -> out.put(r.key(), of.apply(r)));
        return out;
    }

    /** The creators by expected fit, highest first (ties: the fit's rank), the best {@code top}. */
    public static List<RankedCreator> byExpectedFit(
            List<RankedCreator> ranked, Map<CreatorKey, Acceptance> odds, int top) {
        List<RankedCreator> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingDouble((RankedCreator r) -> -expectedFit(r, odds.get(r.key())))
                .thenComparingInt(RankedCreator::rank));
        return sorted.subList(0, Math.min(top, sorted.size()));
    }
}
