package io.microscout.forecast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who in a creator's audience can buy: the {@link BuyerFactor}s of one subject. Impressions count real followers
 * only (impressions = followers x real share x reach); the click-through rate is scaled by in-market share x
 * relevance x engagement (MicroScout's model: a click needs someone who sees the post, is in the brand's market,
 * cares about the topic, and follows a creator whose posts move people). A factor not given counts as 1.
 */
public record WhoCanBuy(Map<BuyerFactor.Kind, BuyerFactor> factors) {

    public WhoCanBuy {
        factors = Map.copyOf(factors);
    }

    /** No audience information: every factor 1 (the plain followers x reach x CTR x CVR forecast). */
    public static WhoCanBuy everyone() {
        return new WhoCanBuy(Map.of());
    }

    public static WhoCanBuy of(List<BuyerFactor> list) {
        Map<BuyerFactor.Kind, BuyerFactor> m = new EnumMap<>(BuyerFactor.Kind.class);
        list.forEach(f -> m.put(f.kind(), f));
        return new WhoCanBuy(m);
    }

    public double mean(BuyerFactor.Kind kind) {
        BuyerFactor f = factors.get(kind);
        return f == null ? 1.0 : f.value();
    }

    /** Mean multiplier of impressions (real followers). */
    public double impressionFactor() {
        return mean(BuyerFactor.Kind.REAL_FOLLOWERS);
    }

    /** Mean multiplier of the click-through rate (in-market x relevance x engagement). */
    public double clickFactor() {
        return mean(BuyerFactor.Kind.IN_MARKET) * mean(BuyerFactor.Kind.RELEVANCE) * mean(BuyerFactor.Kind.ENGAGEMENT);
    }

    /** True when any factor is an estimate. */
    public boolean anyEstimated() {
        return factors.values().stream().anyMatch(BuyerFactor::estimated);
    }

    double drawImpressionFactor(java.util.SplittableRandom r) {
        return draw(r, BuyerFactor.Kind.REAL_FOLLOWERS);
    }

    double drawClickFactor(java.util.SplittableRandom r) {
        return draw(r, BuyerFactor.Kind.IN_MARKET)
                * draw(r, BuyerFactor.Kind.RELEVANCE)
                * draw(r, BuyerFactor.Kind.ENGAGEMENT);
    }

    private double draw(java.util.SplittableRandom r, BuyerFactor.Kind kind) {
        BuyerFactor f = factors.get(kind);
        return f == null ? 1.0 : f.draw(r);
    }
}
