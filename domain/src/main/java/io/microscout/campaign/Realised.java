package io.microscout.campaign;

import io.microscout.forecast.Figure;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a creator, a tier or a campaign realised. Counted: impressions and engagements (as reported for the posted
 * items; null when none was reported), clicks (through the tracking link), conversions and revenue (attributed
 * orders), cost (agreed prices of the deliverables not cancelled). Derived, by the forecast's definitions
 * ({@link Figure#formula()}, after the IAB's glossary for CPM): CPM = cost / impressions x 1000, CPE = cost /
 * engagements, CPA = cost / conversions, ROAS = revenue / cost, ROI = (revenue - cost) / cost, EMV = EMV CPM x
 * impressions / 1000 (Upfluence's method; its CPM is printed beside it). A ratio over nothing is null.
 */
public record Realised(
        Long impressions, Long engagements, long clicks, long conversions, long revenueCents, long costCents) {

    public static final Realised NONE = new Realised(null, null, 0, 0, 0, 0);

    public Realised plus(Realised o) {
        return new Realised(
                sum(impressions, o.impressions),
                sum(engagements, o.engagements),
                clicks + o.clicks,
                conversions + o.conversions,
                revenueCents + o.revenueCents,
                costCents + o.costCents);
    }

    /** Unknown plus unknown is unknown (written out: a conditional expression would unbox a null). */
    private static Long sum(Long a, Long b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a + b;
    }

    /** Every figure that can be computed, by the formulas above; {@code emvCpm} in dollars. */
    public Map<Figure, Double> figures(double emvCpm) {
        double cost = costCents / 100.0, revenue = revenueCents / 100.0;
        Map<Figure, Double> f = new EnumMap<>(Figure.class);
        put(f, Figure.IMPRESSIONS, impressions == null ? null : impressions.doubleValue());
        put(f, Figure.ENGAGEMENTS, engagements == null ? null : engagements.doubleValue());
        f.put(Figure.CLICKS, (double) clicks);
        f.put(Figure.CONVERSIONS, (double) conversions);
        f.put(Figure.REVENUE, revenue);
        f.put(Figure.COST, cost);
        put(f, Figure.CPM, impressions == null || impressions == 0 ? null : cost * 1000 / impressions);
        put(f, Figure.CPE, engagements == null || engagements == 0 ? null : cost / engagements);
        put(f, Figure.CPA, conversions == 0 ? null : cost / conversions);
        put(f, Figure.ROAS, cost == 0 ? null : revenue / cost);
        put(f, Figure.ROI, cost == 0 ? null : (revenue - cost) / cost);
        put(f, Figure.EMV, impressions == null ? null : emvCpm * impressions / 1000);
        return f;
    }

    private static void put(Map<Figure, Double> f, Figure k, Double v) {
        if (v != null) {
            f.put(k, v);
        }
    }
}
