package io.microscout.store.campaign;

import io.microscout.campaign.TrackingLinks;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The public side of tracking links: where a token forwards to, and counting a click. A click stores the token
 * and the time only (no IP address, no user agent, no cookie).
 */
public final class JdbiTrackingLinks {
    private final Jdbi jdbi;

    public JdbiTrackingLinks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The destination of a token (the landing page with the creator's UTM parameters), if the token exists. */
    public Optional<String> destination(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.platform, k.handle, c.slug, c.landing_url FROM "
                        + "campaign_creators k JOIN campaigns c ON c.id = k.campaign_id WHERE k.link_token = :t")
                .bind("t", token)
                .map((rs, ctx) -> TrackingLinks.destination(
                        rs.getString("landing_url"), rs.getString("slug"), JdbiCampaigns.key(rs)))
                .findOne());
    }

    public void countClick(String token, Instant at) {
        jdbi.useHandle(
                h -> h.createUpdate("INSERT INTO campaign_clicks (id, link_token, clicked_at) VALUES (:id, :t, :at)")
                        .bind("id", io.microscout.store.workspace.JdbiAccounts.newId())
                        .bind("t", token)
                        .bind("at", JdbiCampaigns.at(at))
                        .execute());
    }
}
