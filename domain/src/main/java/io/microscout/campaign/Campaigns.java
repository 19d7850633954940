package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: the campaigns of one workspace, their orders, posted items and counted clicks. */
public interface Campaigns {

    /** Stores a new campaign; a name already used in the workspace is refused. */
    void create(Campaign campaign);

    /** Every campaign of the workspace, newest first. */
    List<Campaign> list();

    Optional<Campaign> find(String name);

    /** The promo codes in use in the workspace (normalised). */
    Set<String> promoCodes();

    /** Adds the orders not yet stored for the campaign, all or none; returns how many were new. */
    int addOrders(long campaignId, List<Order> orders);

    List<Order> orders(long campaignId);

    /** Records a posted item, or updates its metrics and text when its URL is already recorded. */
    void recordPost(long campaignId, PostedItem item);

    List<PostedItem> posts(long campaignId);

    /** Clicks counted through each creator's tracking link. */
    Map<CreatorKey, Long> clicks(long campaignId);

    void setStatus(long campaignId, long deliverableId, CampaignDeliverable.Status status);

    /** Removes every campaign record of that creator in this workspace; returns the rows removed. */
    int forgetCreator(CreatorKey creator);
}
