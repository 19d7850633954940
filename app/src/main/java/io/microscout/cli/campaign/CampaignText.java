package io.microscout.cli.campaign;

import io.microscout.campaign.Attribution;
import io.microscout.campaign.CampaignReport;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The campaign report as a marketer reads it in a terminal. */
public final class CampaignText {
    private CampaignText() {}

    static final List<Figure> SHOWN = List.of(
            Figure.COST,
            Figure.IMPRESSIONS,
            Figure.ENGAGEMENTS,
            Figure.CLICKS,
            Figure.CONVERSIONS,
            Figure.REVENUE,
            Figure.CPM,
            Figure.CPE,
            Figure.CPA,
            Figure.ROAS,
            Figure.ROI);

    /** A realised value as read: money, a ratio, or a count; "n/a" when it cannot be computed. */
    public static String value(Figure f, Double v) {
        if (v == null || v.isNaN()) {
            return "n/a";
        }
        if (f.isMoney()) {
            return Money.format(v);
        }
        if (f == Figure.ROI) {
            return String.format(Locale.ROOT, "%+.0f%%", v * 100);
        }
        if (f == Figure.ROAS) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return Interval.count(v);
    }

    public static void print(CampaignReport r, PrintWriter out) {
        var c = r.campaign();
        out.printf(Locale.ROOT, "Campaign %s (utm_campaign=%s) -> %s%n", c.name(), c.slug(), c.landingUrl());
        out.println("Forecast made at creation: " + c.forecast().basis());
        out.println();
        section(out, "Campaign", List.of(r.total()));
        section(out, "Per tier", r.tiers());
        section(out, "Per creator", r.creators());
        out.println("Micro-influencers against larger creators, as realised:");
        for (CampaignReport.Line l : r.microVersusLarger()) {
            out.printf(
                    Locale.ROOT,
                    "  %-36s cost %s, revenue %s, ROI %s, CPA %s%n",
                    l.label(),
                    value(Figure.COST, l.figures().get(Figure.COST)),
                    value(Figure.REVENUE, l.figures().get(Figure.REVENUE)),
                    value(Figure.ROI, l.figures().get(Figure.ROI)),
                    value(Figure.CPA, l.figures().get(Figure.CPA)));
        }
        out.printf(
                Locale.ROOT,
                "EMV %s (%s; an estimate of what the impressions would cost as ads, not money earned)%n",
                value(Figure.EMV, r.total().figures().get(Figure.EMV)),
                r.emvFormula());
        out.println();
        var a = r.attribution();
        out.printf(
                Locale.ROOT,
                "Orders: %d attributed (%d by promo code, %d by UTM; a code wins over UTM), %d unattributed, %d not"
                        + " counted%n",
                a.attributed().size(),
                a.attributed().stream()
                        .filter(x -> x.rule() == Attribution.Rule.PROMO_CODE)
                        .count(),
                a.attributed().stream()
                        .filter(x -> x.rule() == Attribution.Rule.UTM)
                        .count(),
                a.unattributed().size(),
                a.notCounted().size());
        for (Attribution.Unattributed u : a.unattributed()) {
            out.printf(
                    Locale.ROOT,
                    "  unattributed %s %s: %s%n",
                    u.order().reference(),
                    Money.cents(u.order().totalCents()),
                    u.reason());
        }
        for (Attribution.Unattributed u : a.notCounted()) {
            out.printf(Locale.ROOT, "  not counted %s: %s%n", u.order().reference(), u.reason());
        }
        out.printf(
                Locale.ROOT,
                "Posted items: %d, %d without a sponsorship disclosure%n",
                r.posts().size(),
                r.flaggedPosts());
        for (CampaignReport.PostCheck p : r.posts()) {
            out.printf(
                    Locale.ROOT,
                    "  %s %s %s%n",
                    p.flagged() ? "NO DISCLOSURE" : "disclosed    ",
                    p.post().creator(),
                    p.post().url() + p.finding().map(f -> " (" + f.kind() + ")").orElse(""));
        }
    }

    private static void section(PrintWriter out, String title, List<CampaignReport.Line> lines) {
        out.println(title + ": realised, then the forecast P50 (P10–P90) and where the result fell");
        for (CampaignReport.Line l : lines) {
            out.println("  " + l.label());
            for (Figure f : SHOWN) {
                Interval i = l.forecast().get(f);
                var band = l.bands().get(f);
                out.printf(
                        Locale.ROOT,
                        "    %-12s %12s%s%n",
                        f.label(),
                        value(f, l.figures().get(f)),
                        i == null || f == Figure.COST
                                ? ""
                                : "   forecast " + i.describe(f.isMoney()) + (band == null ? "" : ": " + band.label()));
            }
        }
    }
}
