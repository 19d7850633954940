package io.microscout.forecast;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;

import java.util.Objects;

/** One deliverable of one creator to forecast, at its price. */
public record ForecastSubject(CreatorKey creator, Tier tier, long followers, Deliverable deliverable,
                              EngagementHistory engagement, double cost) {

    public ForecastSubject {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(engagement, "engagement");
    }
}
