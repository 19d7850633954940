package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.forecast.Figure;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.Interval;
import io.microscout.tier.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a campaign realised, per creator, per tier and in total, each figure beside the forecast's P10/P50/P90
 * with its band; the attribution of its orders (and the unattributed ones); each posted item's disclosure check;
 * and micro-influencers against larger creators as realised.
 *
 * @param emvFormula printed beside every EMV figure
 */
public record CampaignReport(
        Campaign campaign,
        List<Line> creators,
        List<Line> tiers,
        Line total,
        Attribution.Result attribution,
        List<PostCheck> posts,
        List<Line> microVersusLarger,
        String emvFormula) {

    /** One row: what was realised, the figures from it, the forecast and the band of each figure. */
    public record Line(
            String label,
            Realised realised,
            Map<Figure, Double> figures,
            Map<Figure, Interval> forecast,
            Map<Figure, Band> bands) {}

    /** A posted item and its disclosure finding; flagged when sponsored and nothing disclosed. */
    public record PostCheck(PostedItem post, Optional<DisclosureDetector.Finding> finding) {
        public boolean flagged() {
            return post.sponsored() && finding.isEmpty();
        }
    }

    /** The figures shown beside a band (cost is fixed, EMV is not a result). */
    public static final List<Figure> BANDED = List.of(
            Figure.IMPRESSIONS,
            Figure.ENGAGEMENTS,
            Figure.CLICKS,
            Figure.CONVERSIONS,
            Figure.REVENUE,
            Figure.CPA,
            Figure.ROAS,
            Figure.ROI);

    public static CampaignReport of(
            Campaign campaign,
            List<Order> orders,
            List<PostedItem> posts,
            Map<CreatorKey, Long> clicks,
            ForecastAssumptions assumptions) {
        double emvCpm = assumptions.emvCpm();
        Attribution.Result attribution = Attribution.attribute(campaign, orders);
        Map<CreatorKey, long[]> sales = new LinkedHashMap<>();
        for (Attribution.Attributed a : attribution.attributed()) {
            long[] s = sales.computeIfAbsent(a.creator(), k -> new long[2]);
            s[0]++;
            s[1] += a.order().totalCents();
        }
        DisclosureDetector detector = new DisclosureDetector();
        List<PostCheck> checks = new ArrayList<>();
        for (PostedItem p : posts) {
            checks.add(new PostCheck(p, detector.text(p.text())));
        }
        List<Line> lines = new ArrayList<>();
        Map<Tier, Realised> byTier = new EnumMap<>(Tier.class);
        Realised all = Realised.NONE, micro = Realised.NONE, larger = Realised.NONE;
        for (CampaignCreator c : campaign.creators()) {
            Long imp = null, eng = null;
            for (PostedItem p : posts) {
                if (p.creator().equals(c.creator())) {
                    imp = p.impressions() == null ? imp : (imp == null ? 0 : imp) + p.impressions();
                    eng = p.engagements() == null ? eng : (eng == null ? 0 : eng) + p.engagements();
                }
            }
            long[] s = sales.getOrDefault(c.creator(), new long[2]);
            Realised r = new Realised(
                    imp, eng, clicks.getOrDefault(c.creator(), 0L), s[0], s[1], campaign.costCents(c.creator()));
            lines.add(line(
                    c.creator() + " (" + c.tier().id() + ")",
                    r,
                    campaign.forecast().perCreator().get(c.creator()),
                    emvCpm));
            byTier.merge(c.tier(), r, Realised::plus);
            all = all.plus(r);
            if (c.tier() == Tier.NANO || c.tier() == Tier.MICRO) {
                micro = micro.plus(r);
            } else {
                larger = larger.plus(r);
            }
        }
        List<Line> tiers = new ArrayList<>();
        byTier.forEach((t, r) ->
                tiers.add(line(t.id(), r, campaign.forecast().perTier().get(t), emvCpm)));
        List<Line> split = List.of(
                line("micro-influencers (nano, micro)", micro, null, emvCpm),
                line("larger creators (mid, macro, mega)", larger, null, emvCpm));
        return new CampaignReport(
                campaign,
                lines,
                tiers,
                line("campaign", all, campaign.forecast().totals(), emvCpm),
                attribution,
                checks,
                split,
                assumptions.emvFormula());
    }

    private static Line line(String label, Realised r, Map<Figure, Interval> forecast, double emvCpm) {
        Map<Figure, Double> figures = r.figures(emvCpm);
        Map<Figure, Interval> f = forecast == null ? Map.of() : forecast;
        Map<Figure, Band> bands = new EnumMap<>(Figure.class);
        for (Figure fig : BANDED) {
            bands.put(fig, Band.of(figures.get(fig), f.get(fig)));
        }
        return new Line(label, r, figures, f, bands);
    }

    public long flaggedPosts() {
        return posts.stream().filter(PostCheck::flagged).count();
    }
}
