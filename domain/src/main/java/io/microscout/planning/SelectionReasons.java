package io.microscout.planning;

import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;
import java.util.Locale;

/** Writes why a creator is in the plan, in a marketer's words. */
final class SelectionReasons {
    private SelectionReasons() {}

    static String reason(
            PlanCandidate c, Selection draft, Objective objective, double planCostPerUnit, double overlapDiscount) {
        StringBuilder b = new StringBuilder();
        b.append(c.tier().id())
                .append(' ')
                .append(c.mainNiche())
                .append(" creator (")
                .append(c.countryCode() == null ? "country unknown" : c.countryCode())
                .append(String.format(Locale.ROOT, ", %s followers", Interval.count(c.followers())));
        if (c.fit() != null) {
            b.append(String.format(Locale.ROOT, ", fit %.2f", c.fit()));
        }
        if (c.authenticity() != null) {
            b.append(String.format(Locale.ROOT, ", authenticity %.0f/100", c.authenticity()));
        }
        b.append("); ")
                .append(draft.deliverable().label())
                .append(" at ")
                .append(draft.price().describe());
        Figure measure = objective == Objective.SALES
                ? Figure.CONVERSIONS
                : objective == Objective.ENGAGEMENT ? Figure.ENGAGEMENTS : Figure.IMPRESSIONS;
        Interval i = draft.forecast().get(measure);
        double perUnit = draft.price().point() / Math.max(draft.expectedValue(), 1e-12);
        b.append(": expected ")
                .append(String.format(Locale.ROOT, "%.1f", draft.expectedValue()))
                .append(' ')
                .append(objective.measure());
        if (i != null) {
            b.append(" (P10–P90 ")
                    .append(Interval.count(i.p10()))
                    .append("–")
                    .append(Interval.count(i.p90()))
                    .append(')');
        }
        if (c.engagementStated()) {
            b.append("; rests on a source's stated numbers: ")
                    .append(c.engagement().describe());
        }
        String unit = objective == Objective.REACH ? "per 1,000 impressions" : "each";
        double scale = objective == Objective.REACH ? 1000 : 1;
        b.append(", ")
                .append(Money.format(perUnit * scale))
                .append(' ')
                .append(unit)
                .append(" vs ")
                .append(Money.format(planCostPerUnit * scale))
                .append(" across the plan");
        if (draft.audienceRank() == 0) {
            b.append("; first in its audience (").append(draft.audience()).append(')');
        } else {
            b.append(String.format(
                    Locale.ROOT,
                    "; no. %d in its audience (%s), counted at %.0f%% for overlap",
                    draft.audienceRank() + 1,
                    draft.audience(),
                    Math.pow(overlapDiscount, draft.audienceRank()) * 100));
        }
        return b.toString();
    }

    /**
     * When the plan buys more than one deliverable of this creator: says so and why (each is a distinct format the
     * brief allows, and each further one reaching the same audience counts at the overlap discount).
     */
    static String sameCreator(
            PlanCandidate c,
            io.microscout.pricing.Deliverable mine,
            Integer[] order,
            PlanOptions options,
            double overlapDiscount) {
        java.util.List<String> others = new java.util.ArrayList<>();
        for (int o : order) {
            if (options.candidate(o).creator().equals(c.creator()) && options.deliverable(o) != mine) {
                others.add(options.deliverable(o).label());
            }
        }
        if (others.isEmpty()) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "; also bought from this creator: %s (distinct formats the brief allows; "
                        + "the same audience, so each further piece counts %.0f%% of the one before)",
                String.join(", ", others),
                overlapDiscount * 100);
    }

    /** The buyer factors of the forecast in one line each, joined. */
    static String buyers(io.microscout.forecast.WhoCanBuy who) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (io.microscout.forecast.BuyerFactor.Kind k : io.microscout.forecast.BuyerFactor.Kind.values()) {
            io.microscout.forecast.BuyerFactor f = who.factors().get(k);
            if (f != null) {
                parts.add(f.describe());
            }
        }
        return String.join(" | ", parts);
    }
}
