package io.microscout.store.campaign;

import io.microscout.creator.CreatorKey;
import org.jdbi.v3.core.Handle;

/**
 * Forgets one creator's campaign records in a workspace (issue 11's {@code forget} calls it): their clicks,
 * posted items, deliverables, forecasts and campaign membership; in the campaigns' orders, the creator's promo code
 * and a {@code utm_content} naming their handle are blanked (the orders themselves belong to the shop).
 */
final class CreatorForgetting {
    private CreatorForgetting() {}

    static int forget(Handle h, long workspace, CreatorKey creator) {
        String p = creator.platform().id(), handle = creator.handle();
        int n = 0;
        for (String code : h.createQuery("SELECT promo_code FROM campaign_creators WHERE workspace_id = :w AND "
                        + "platform = :p AND handle = :h")
                .bind("w", workspace)
                .bind("p", p)
                .bind("h", handle)
                .mapTo(String.class)
                .list()) {
            n += h.createUpdate("UPDATE campaign_orders SET discount_codes = NULL WHERE workspace_id = :w AND "
                            + "discount_codes LIKE :code")
                    .bind("w", workspace)
                    .bind("code", "%" + code + "%")
                    .execute();
        }
        n += h.createUpdate(
                        "UPDATE campaign_orders SET utm_content = NULL WHERE workspace_id = :w AND utm_content = :h")
                .bind("w", workspace)
                .bind("h", handle.toLowerCase(java.util.Locale.ROOT))
                .execute();
        n += h.createUpdate("DELETE FROM campaign_clicks WHERE link_token IN (SELECT link_token FROM campaign_creators "
                        + "WHERE workspace_id = :w AND platform = :p AND handle = :h)")
                .bind("w", workspace)
                .bind("p", p)
                .bind("h", handle)
                .execute();
        n += h.createUpdate("DELETE FROM campaign_forecasts WHERE workspace_id = :w AND scope = :scope")
                .bind("w", workspace)
                .bind("scope", "creator:" + creator)
                .execute();
        for (String table : new String[] {"campaign_posts", "campaign_deliverables", "campaign_creators"}) {
            n += h.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :w AND platform = :p AND handle = :h")
                    .bind("w", workspace)
                    .bind("p", p)
                    .bind("h", handle)
                    .execute();
        }
        return n;
    }
}
