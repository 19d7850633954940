package io.microscout.planning;

import io.microscout.forecast.Figure;
import io.microscout.forecast.Forecast;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;
import java.util.Locale;
import java.util.Optional;

/**
 * Says an expected loss out loud: when a plan's P50 ROI is below 0, the order value or conversion rate that
 * would break even (P50 revenue = cost: AOV x cost / P50 revenue, and the same for the conversion rate, whose
 * effect on revenue is proportional), and the assumption that drives it.
 */
final class Expectation {
    private Expectation() {}

    static Optional<String> of(Forecast forecast, ForecastAssumptions a, PlanBrief brief) {
        Interval roi = forecast.total(Figure.ROI);
        Interval revenue = forecast.total(Figure.REVENUE);
        Interval cost = forecast.total(Figure.COST);
        if (roi == null || cost == null || !(roi.p50() < 0)) {
            return Optional.empty();
        }
        double spend = cost.p50();
        double rev = revenue == null ? 0 : revenue.p50();
        String need;
        if (rev > 0) {
            double factor = spend / rev;
            need = String.format(
                    Locale.ROOT,
                    "break-even needs an average order value of %s (now %s) or a conversion "
                            + "rate of %.2f%% (now %.2f%%) at the same other rates",
                    Money.format(a.averageOrderValue() * factor),
                    Money.format(a.averageOrderValue()),
                    a.conversion().mean() * factor * 100,
                    a.conversion().mean() * 100);
        } else {
            need = "no sale is expected at P50: the plan cannot break even on sales at these rates";
        }
        String driver = brief.cvr() == null
                ? "the conversion rate " + pct(a.conversion().mean())
                        + " is MicroScout's assumption: set planning.conversionRate from your shop's analytics"
                : brief.averageOrderValue() == null
                        ? "the order value " + Money.format(a.averageOrderValue())
                                + " is MicroScout's assumption: set planning.averageOrderValue"
                        : brief.ctr() == null
                                ? "the click-through rate "
                                        + pct(a.clickThrough().mean()) + " is MicroScout's assumption: set planning.ctr"
                                : "the brief's own rates (ctr, conversionRate, averageOrderValue) drive it";
        return Optional.of(String.format(
                Locale.ROOT,
                "EXPECTED LOSS: P50 ROI %+.2f (P10 %+.2f, P90 %+.2f): %s; %s.",
                roi.p50(),
                roi.p10(),
                roi.p90(),
                need,
                driver));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
