package io.microscout.cli.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.campaign.CampaignReport;
import io.microscout.cli.common.ChartJs;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign report as HTML: the body the web page shows inside its frame, and a standalone file (Chart.js and
 * the drawing script inlined, so it opens anywhere without a server). Charts: spend and return per creator,
 * realised conversions against the forecast band per creator, and ROI of micro-influencers against larger creators.
 * Every value from the campaign is HTML-escaped.
 */
public final class CampaignHtml {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final String DRAW = "document.addEventListener('DOMContentLoaded',function(){"
            + "document.querySelectorAll('canvas[data-chart]').forEach(function(c){var k=JSON.parse(c.dataset.chart);"
            + "k.options=Object.assign({responsive:true,maintainAspectRatio:false,animation:false},k.options||{});"
            + "new Chart(c,k);});});";

    private CampaignHtml() {}

    public static String esc(Object o) {
        String s = String.valueOf(o);
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** A standalone HTML document. */
    public static String standalone(CampaignReport r) {
        String chartJs;
        try (InputStream in = CampaignHtml.class.getClassLoader().getResourceAsStream(CHART_JS)) {
            chartJs = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Campaign "
                + esc(r.campaign().name()) + " · MicroScout</title><style>body{font-family:system-ui,sans-serif;"
                + "max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{padding:"
                + ".2rem .5rem;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:"
                + "left}figure{height:18rem}.flag{color:#a00;font-weight:bold}</style>"
                + "<script>" + chartJs.replace("</script", "<\\/script") + "</script><script>" + DRAW + "</script>"
                + "</head><body><h1>Campaign " + esc(r.campaign().name()) + "</h1>\n" + body(r) + "</body></html>\n";
    }

    /** The report's HTML body (tables and chart canvases). */
    public static String body(CampaignReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<p>utm_campaign <code>")
                .append(esc(r.campaign().slug()))
                .append("</code> · landing page ")
                .append(esc(r.campaign().landingUrl()))
                .append("<br>Forecast: ")
                .append(esc(r.campaign().forecast().basis()))
                .append("</p>\n");
        h.append("<h2>Spend and return per creator</h2><figure><canvas data-chart=\"")
                .append(esc(spendAndReturn(r)))
                .append("\" role=\"img\" aria-label=\"Cost and attributed revenue per creator\"></canvas></figure>\n");
        h.append("<h2>Realised against the forecast band</h2><figure><canvas data-chart=\"")
                .append(esc(againstBand(r)))
                .append("\" role=\"img\" aria-label=\"Realised conversions per creator beside the forecast P10, P50 "
                        + "and P90\"></canvas></figure>\n");
        table(h, "Campaign", List.of(r.total()));
        table(h, "Per tier", r.tiers());
        table(h, "Per creator", r.creators());
        h.append("<h2>Micro-influencers against larger creators, as realised</h2><figure><canvas data-chart=\"")
                .append(esc(microVersusLarger(r)))
                .append("\" role=\"img\" aria-label=\"ROI of micro-influencers and of larger creators\"></canvas>"
                        + "</figure>\n");
        table(h, "Micro against larger", r.microVersusLarger());
        h.append("<p>EMV ")
                .append(esc(CampaignText.value(Figure.EMV, r.total().figures().get(Figure.EMV))))
                .append(" — ")
                .append(esc(r.emvFormula()))
                .append("; an estimate of what the impressions would cost as ads, not money earned.</p>\n");
        var a = r.attribution();
        h.append("<h2>Orders</h2><p>")
                .append(a.attributed().size())
                .append(" attributed (a promo code wins over " + "UTM; each order once), ")
                .append(a.unattributed().size())
                .append(" unattributed, ")
                .append(a.notCounted().size())
                .append(" not counted.</p><ul id=\"unattributed\">");
        for (var u : a.unattributed()) {
            h.append("<li>")
                    .append(esc(u.order().reference()))
                    .append(" ")
                    .append(esc(Money.cents(u.order().totalCents())))
                    .append(": ")
                    .append(esc(u.reason()))
                    .append("</li>");
        }
        h.append("</ul><h2>Disclosure check</h2><ul id=\"disclosures\">");
        for (var p : r.posts()) {
            h.append("<li>")
                    .append(p.flagged() ? "<span class=\"flag\">no disclosure</span> " : "disclosed ")
                    .append(esc(p.post().creator()))
                    .append(" ")
                    .append(esc(p.post().url()))
                    .append(p.finding()
                            .map(f -> " (" + esc(f.kind()) + ": “" + esc(f.sentence()) + "”)")
                            .orElse(""))
                    .append("</li>");
        }
        return h.append("</ul>\n").toString();
    }

    private static void table(StringBuilder h, String title, List<CampaignReport.Line> lines) {
        h.append("<h2>").append(esc(title)).append("</h2><table><thead><tr><th scope=\"col\"></th>");
        for (Figure f : CampaignText.SHOWN) {
            h.append("<th scope=\"col\">").append(esc(f.label())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (CampaignReport.Line l : lines) {
            h.append("<tr><th scope=\"row\">").append(esc(l.label())).append("</th>");
            for (Figure f : CampaignText.SHOWN) {
                Interval i = l.forecast().get(f);
                var band = l.bands().get(f);
                h.append("<td>").append(esc(CampaignText.value(f, l.figures().get(f))));
                if (i != null && f != Figure.COST) {
                    h.append("<br><small>")
                            .append(esc(i.describe(f.isMoney())))
                            .append(band == null ? "" : " · " + esc(band.label()))
                            .append("</small>");
                }
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static String spendAndReturn(CampaignReport r) {
        List<String> labels = new ArrayList<>();
        List<Double> cost = new ArrayList<>(), revenue = new ArrayList<>();
        for (CampaignReport.Line l : r.creators()) {
            labels.add(l.label());
            cost.add(l.figures().get(Figure.COST));
            revenue.add(l.figures().get(Figure.REVENUE));
        }
        return ChartJs.chart(
                "bar",
                labels,
                List.of(ChartJs.dataset("cost $", cost), ChartJs.dataset("attributed revenue $", revenue)));
    }

    private static String againstBand(CampaignReport r) {
        List<String> labels = new ArrayList<>();
        List<Object> real = new ArrayList<>(),
                p10 = new ArrayList<>(),
                p50 = new ArrayList<>(),
                p90 = new ArrayList<>();
        for (CampaignReport.Line l : r.creators()) {
            labels.add(l.label());
            real.add(l.figures().get(Figure.CONVERSIONS));
            Interval i = l.forecast().get(Figure.CONVERSIONS);
            p10.add(i == null ? null : i.p10());
            p50.add(i == null ? null : i.p50());
            p90.add(i == null ? null : i.p90());
        }
        return ChartJs.chart(
                "bar",
                labels,
                List.of(
                        ChartJs.dataset("realised conversions", real, "type", "bar"),
                        ChartJs.dataset("forecast P10", p10, "type", "line", "showLine", false),
                        ChartJs.dataset("forecast P50", p50, "type", "line", "showLine", false),
                        ChartJs.dataset("forecast P90", p90, "type", "line", "showLine", false)));
    }

    private static String microVersusLarger(CampaignReport r) {
        List<String> labels = new ArrayList<>();
        List<Double> roi = new ArrayList<>();
        for (CampaignReport.Line l : r.microVersusLarger()) {
            labels.add(l.label());
            Double v = l.figures().get(Figure.ROI);
            roi.add(v == null ? null : v * 100);
        }
        return ChartJs.chart("bar", labels, List.of(ChartJs.dataset("ROI %", roi)));
    }
}
