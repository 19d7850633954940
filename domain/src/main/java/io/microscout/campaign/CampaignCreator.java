package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.tier.Tier;
import java.util.Objects;

/**
 * A creator taking part in a campaign, as known when the campaign was created (tier and followers then: the
 * learned priors are per tier and the reach is per follower).
 *
 * @param followers   followers when the campaign was created; 0 when the creator is not in the catalog
 * @param promoCode   unique in the workspace (upper case)
 * @param linkToken   the token of the tracking link {@code /r/{token}}, unique in the installation
 */
public record CampaignCreator(CreatorKey creator, Tier tier, long followers, String promoCode, String linkToken) {
    public CampaignCreator {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(promoCode, "promoCode");
        Objects.requireNonNull(linkToken, "linkToken");
    }
}
