package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.tier.Tier;
import java.util.Map;

/**
 * The forecast a campaign was created with: P10/P50/P90 of each figure for the whole campaign, per creator and per tier,
 * and the assumptions behind it in words (defaults or the workspace's learned priors).
 */
public record CampaignForecast(
        Map<Figure, Interval> totals,
        Map<CreatorKey, Map<Figure, Interval>> perCreator,
        Map<Tier, Map<Figure, Interval>> perTier,
        String basis) {

    public CampaignForecast {
        totals = Map.copyOf(totals);
        perCreator = Map.copyOf(perCreator);
        perTier = Map.copyOf(perTier);
        basis = basis == null ? "" : basis;
    }

    public static CampaignForecast none() {
        return new CampaignForecast(Map.of(), Map.of(), Map.of(), "no forecast");
    }

    public boolean isEmpty() {
        return totals.isEmpty();
    }
}
