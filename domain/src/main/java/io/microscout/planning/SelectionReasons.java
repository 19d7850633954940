package io.microscout.planning;

import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;

import java.util.Locale;

/** Writes why a creator is in the plan, in a marketer's words. */
final class SelectionReasons {
    private SelectionReasons() {
    }

    static String reason(PlanCandidate c, Selection draft, Objective objective, double planCostPerUnit,
                         double overlapDiscount) {
        StringBuilder b = new StringBuilder();
        b.append(c.tier().id()).append(' ').append(c.mainNiche()).append(" creator (")
                .append(c.countryCode() == null ? "country unknown" : c.countryCode())
                .append(String.format(Locale.ROOT, ", %s followers", Interval.count(c.followers())));
        if (c.fit() != null) {
            b.append(String.format(Locale.ROOT, ", fit %.2f", c.fit()));
        }
        if (c.authenticity() != null) {
            b.append(String.format(Locale.ROOT, ", authenticity %.0f/100", c.authenticity()));
        }
        b.append("); ").append(draft.deliverable().label()).append(" at ").append(draft.price().describe());
        Figure measure = objective == Objective.SALES ? Figure.CONVERSIONS
                : objective == Objective.ENGAGEMENT ? Figure.ENGAGEMENTS : Figure.IMPRESSIONS;
        Interval i = draft.forecast().get(measure);
        double perUnit = draft.price().point() / Math.max(draft.expectedValue(), 1e-12);
        b.append(": expected ").append(String.format(Locale.ROOT, "%.1f", draft.expectedValue())).append(' ')
                .append(objective.measure());
        if (i != null) {
            b.append(" (P10–P90 ").append(Interval.count(i.p10()))
                    .append("–").append(Interval.count(i.p90())).append(')');
        }
        String unit = objective == Objective.REACH ? "per 1,000 impressions" : "each";
        double scale = objective == Objective.REACH ? 1000 : 1;
        b.append(", ").append(Money.format(perUnit * scale)).append(' ').append(unit).append(" vs ")
                .append(Money.format(planCostPerUnit * scale)).append(" across the plan");
        if (draft.audienceRank() == 0) {
            b.append("; first in its audience (").append(draft.audience()).append(')');
        } else {
            b.append(String.format(Locale.ROOT, "; no. %d in its audience (%s), counted at %.0f%% for overlap",
                    draft.audienceRank() + 1, draft.audience(), Math.pow(overlapDiscount, draft.audienceRank()) * 100));
        }
        return b.toString();
    }
}
