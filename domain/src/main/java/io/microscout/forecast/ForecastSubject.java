package io.microscout.forecast;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import java.util.Objects;

/** One deliverable of one creator to forecast, at its price, with who in its audience can buy. */
public record ForecastSubject(
        CreatorKey creator,
        Tier tier,
        long followers,
        Deliverable deliverable,
        EngagementHistory engagement,
        double cost,
        WhoCanBuy buyers) {

    /** A subject without audience information (every buyer factor 1). */
    public ForecastSubject(
            CreatorKey creator,
            Tier tier,
            long followers,
            Deliverable deliverable,
            EngagementHistory engagement,
            double cost) {
        this(creator, tier, followers, deliverable, engagement, cost, WhoCanBuy.everyone());
    }

    public ForecastSubject {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(engagement, "engagement");
        buyers = buyers == null ? WhoCanBuy.everyone() : buyers;
    }
}
