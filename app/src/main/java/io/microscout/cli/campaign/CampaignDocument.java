package io.microscout.cli.campaign;

import io.microscout.campaign.Attribution;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.campaign.CampaignDeliverable;
import io.microscout.campaign.CampaignReport;
import io.microscout.campaign.TrackingLinks;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign and its report as JSON-ready maps (the CLI's {@code --json} and the API answer the same). Money is
 * exact to the cent where it is counted; rates are fractions; a figure that cannot be computed is absent.
 */
public final class CampaignDocument {
    private CampaignDocument() {}

    public static Map<String, Object> campaign(Campaign c, String serverBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("slug", c.slug());
        m.put("landingUrl", c.landingUrl());
        m.put("plan", c.planName());
        m.put("createdAt", c.createdAt().toString());
        m.put("averageOrderValue", c.averageOrderValue());
        List<Map<String, Object>> creators = new ArrayList<>();
        for (CampaignCreator cc : c.creators()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("platform", cc.creator().platform().id());
            x.put("handle", cc.creator().handle());
            x.put("tier", cc.tier().id());
            x.put("followers", cc.followers());
            x.put("promoCode", cc.promoCode());
            x.put("link", TrackingLinks.link(serverBase, cc.linkToken()));
            x.put("destination", TrackingLinks.destination(c.landingUrl(), c.slug(), cc.creator()));
            creators.add(x);
        }
        m.put("creators", creators);
        List<Map<String, Object>> deliverables = new ArrayList<>();
        for (CampaignDeliverable d : c.deliverables()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", d.id());
            x.put("creator", d.creator().toString());
            x.put("format", d.format().id());
            x.put("due", d.due() == null ? null : d.due().toString());
            x.put("price", Money.decimal(d.priceCents()));
            x.put("status", d.status().id());
            deliverables.add(x);
        }
        m.put("deliverables", deliverables);
        m.put("forecastBasis", c.forecast().basis());
        return m;
    }

    public static Map<String, Object> report(CampaignReport r, String serverBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", campaign(r.campaign(), serverBase));
        m.put("total", line(r.total()));
        m.put("creators", r.creators().stream().map(CampaignDocument::line).toList());
        m.put("tiers", r.tiers().stream().map(CampaignDocument::line).toList());
        m.put(
                "microVersusLarger",
                r.microVersusLarger().stream().map(CampaignDocument::line).toList());
        m.put("emvFormula", r.emvFormula());
        m.put(
                "attributed",
                r.attribution().attributed().stream()
                        .map(a -> {
                            Map<String, Object> x = order(a.order());
                            x.put("creator", a.creator().toString());
                            x.put("rule", a.rule().label());
                            x.put("note", a.note());
                            return x;
                        })
                        .toList());
        m.put("unattributed", unattributed(r.attribution().unattributed()));
        m.put("notCounted", unattributed(r.attribution().notCounted()));
        m.put(
                "posts",
                r.posts().stream()
                        .map(p -> {
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("creator", p.post().creator().toString());
                            x.put("url", p.post().url());
                            x.put("impressions", p.post().impressions());
                            x.put("engagements", p.post().engagements());
                            x.put("sponsored", p.post().sponsored());
                            x.put(
                                    "disclosure",
                                    p.finding()
                                            .map(f -> f.kind() + ": " + f.sentence())
                                            .orElse(null));
                            x.put("flagged", p.flagged());
                            return x;
                        })
                        .toList());
        return m;
    }

    private static List<Map<String, Object>> unattributed(List<Attribution.Unattributed> list) {
        return list.stream()
                .map(u -> {
                    Map<String, Object> x = order(u.order());
                    x.put("reason", u.reason());
                    return x;
                })
                .toList();
    }

    private static Map<String, Object> order(io.microscout.campaign.Order o) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("reference", o.reference());
        x.put("placedAt", o.placedAt().toString());
        x.put("total", Money.decimal(o.totalCents()));
        x.put("codes", o.discountCodes());
        return x;
    }

    static Map<String, Object> line(CampaignReport.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", l.label());
        Map<String, Object> realised = new LinkedHashMap<>();
        l.figures().forEach((f, v) -> realised.put(f.id(), Double.isFinite(v) ? v : null));
        m.put("realised", realised);
        Map<String, Object> forecast = new LinkedHashMap<>();
        for (Figure f : CampaignReport.BANDED) {
            Interval i = l.forecast().get(f);
            if (i != null) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("p10", finite(i.p10()));
                b.put("p50", finite(i.p50()));
                b.put("p90", finite(i.p90()));
                b.put("band", l.bands().get(f).label());
                forecast.put(f.id(), b);
            }
        }
        m.put("forecast", forecast);
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
