package io.microscout.campaign;

import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;

/**
 * One creator's realised result in one campaign, as the priors learn from it: followers when the campaign was
 * made, and what was counted (impressions null when none was reported).
 */
public record CreatorResult(
        Deliverable format, Tier tier, long followers, Long impressions, long clicks, long conversions) {

    /** The results of a campaign's creators (one per creator; its first deliverable's format). */
    public static java.util.List<CreatorResult> of(CampaignReport report) {
        java.util.List<CreatorResult> out = new java.util.ArrayList<>();
        Campaign c = report.campaign();
        for (int i = 0; i < c.creators().size(); i++) {
            CampaignCreator cc = c.creators().get(i);
            Realised r = report.creators().get(i).realised();
            Deliverable format = c.deliverables().stream()
                    .filter(d -> d.creator().equals(cc.creator()) && d.status() != CampaignDeliverable.Status.CANCELLED)
                    .map(CampaignDeliverable::format)
                    .findFirst()
                    .orElse(null);
            if (format != null && cc.followers() > 0) {
                out.add(new CreatorResult(
                        format, cc.tier(), cc.followers(), r.impressions(), r.clicks(), r.conversions()));
            }
        }
        return out;
    }
}
