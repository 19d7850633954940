package io.microscout.store.campaign;

import io.microscout.campaign.CampaignForecast;
import io.microscout.creator.CreatorKey;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.tier.Tier;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A campaign's forecast in {@code campaign_forecasts}: one row per scope and figure; a bound that is not finite is NULL. */
final class ForecastRows {
    private ForecastRows() {}

    static void write(Handle h, long campaign, long workspace, CampaignForecast f) {
        PreparedBatch b = h.prepareBatch("INSERT INTO campaign_forecasts (campaign_id, workspace_id, scope, figure, "
                + "p10, p50, p90) VALUES (:c, :w, :scope, :figure, :p10, :p50, :p90)");
        int[] rows = {0};
        add(b, campaign, workspace, "campaign", f.totals(), rows);
        f.perTier().forEach((t, m) -> add(b, campaign, workspace, "tier:" + t.id(), m, rows));
        f.perCreator().forEach((k, m) -> add(b, campaign, workspace, "creator:" + k, m, rows));
        if (rows[0] > 0) {
            b.execute();
        }
    }

    private static void add(
            PreparedBatch b, long campaign, long workspace, String scope, Map<Figure, Interval> m, int[] rows) {
        m.forEach((fig, i) -> {
            b.bind("c", campaign)
                    .bind("w", workspace)
                    .bind("scope", scope)
                    .bind("figure", fig.name())
                    .bindByType("p10", finite(i.p10()), Double.class)
                    .bindByType("p50", finite(i.p50()), Double.class)
                    .bindByType("p90", finite(i.p90()), Double.class)
                    .add();
            rows[0]++;
        });
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double bound(Object v) {
        return v == null ? Double.POSITIVE_INFINITY : ((Number) v).doubleValue();
    }

    static CampaignForecast read(Handle h, long campaign, String basis) {
        Map<Figure, Interval> totals = new EnumMap<>(Figure.class);
        Map<Tier, Map<Figure, Interval>> tiers = new EnumMap<>(Tier.class);
        Map<CreatorKey, Map<Figure, Interval>> creators = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM campaign_forecasts WHERE campaign_id = :c")
                .bind("c", campaign)
                .map((rs, ctx) -> new Object[] {
                    rs.getString("scope"),
                    rs.getString("figure"),
                    rs.getObject("p10"),
                    rs.getObject("p50"),
                    rs.getObject("p90")
                })
                .forEach(r -> {
                    String scope = (String) r[0];
                    Figure fig = Figure.valueOf((String) r[1]);
                    double p10 = bound(r[2]), p50 = bound(r[3]), p90 = bound(r[4]);
                    if (r[2] == null && p50 < 0) {
                        p10 = Double.NEGATIVE_INFINITY;
                    }
                    Interval i = new Interval(Math.min(p10, p50), p50, Math.max(p50, p90));
                    if (scope.equals("campaign")) {
                        totals.put(fig, i);
                    } else if (scope.startsWith("tier:")) {
                        tiers.computeIfAbsent(Tier.parse(scope.substring(5)), t -> new EnumMap<>(Figure.class))
                                .put(fig, i);
                    } else {
                        creators.computeIfAbsent(
                                        CreatorKey.parse(scope.substring("creator:".length())),
                                        k -> new EnumMap<>(Figure.class))
                                .put(fig, i);
                    }
                });
        return new CampaignForecast(totals, creators, tiers, basis);
    }
}
