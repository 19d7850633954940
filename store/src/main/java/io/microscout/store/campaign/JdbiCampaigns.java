package io.microscout.store.campaign;

import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.campaign.CampaignDeliverable;
import io.microscout.campaign.Campaigns;
import io.microscout.campaign.Order;
import io.microscout.campaign.PostedItem;
import io.microscout.campaign.Utm;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.pricing.Deliverable;
import io.microscout.tier.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link Campaigns} of one workspace (0: the home's own) in the tables of migration V80; every statement is
 * scoped by {@code workspace_id}, so another workspace's campaigns are unreachable. A campaign is written in one
 * transaction; a batch of orders too (those already stored, by campaign and reference, are left alone, so
 * importing the same file again adds nothing).
 */
public final class JdbiCampaigns implements Campaigns {
    private final Jdbi jdbi;
    private final long workspace;

    public JdbiCampaigns(Jdbi jdbi, long workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
    }

    static Timestamp at(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Override
    public void create(Campaign c) {
        if (c.workspace() != workspace) {
            throw new IllegalArgumentException("campaign of workspace " + c.workspace() + " given to " + workspace);
        }
        jdbi.useTransaction(h -> {
            if (find(h, c.name()).isPresent()) {
                throw new IllegalArgumentException("a campaign named '" + c.name() + "' exists already");
            }
            h.createUpdate("INSERT INTO campaigns (id, workspace_id, name, slug, landing_url, plan_name, created_at, "
                            + "average_order_value, forecast_basis) VALUES (:id, :w, :name, :slug, :landing, :plan, "
                            + ":at, :aov, :basis)")
                    .bind("id", c.id())
                    .bind("w", workspace)
                    .bind("name", c.name())
                    .bind("slug", c.slug())
                    .bind("landing", c.landingUrl())
                    .bind("plan", c.planName())
                    .bind("at", at(c.createdAt()))
                    .bind("aov", c.averageOrderValue())
                    .bind("basis", c.forecast().basis())
                    .execute();
            int seq = 0;
            for (CampaignCreator cc : c.creators()) {
                h.createUpdate("INSERT INTO campaign_creators (campaign_id, workspace_id, seq, platform, handle, tier, "
                                + "followers, promo_code, link_token) VALUES (:c, :w, :seq, :p, :h, :tier, :f, :code, "
                                + ":token)")
                        .bind("c", c.id())
                        .bind("w", workspace)
                        .bind("seq", seq++)
                        .bind("p", cc.creator().platform().id())
                        .bind("h", cc.creator().handle())
                        .bind("tier", cc.tier().id())
                        .bind("f", cc.followers())
                        .bind("code", cc.promoCode())
                        .bind("token", cc.linkToken())
                        .execute();
            }
            seq = 0;
            for (CampaignDeliverable d : c.deliverables()) {
                h.createUpdate(
                                "INSERT INTO campaign_deliverables (id, campaign_id, workspace_id, seq, platform, handle, "
                                        + "format, due, price_cents, status) VALUES (:id, :c, :w, :seq, :p, :h, :f, :due, "
                                        + ":price, :status)")
                        .bind("id", d.id())
                        .bind("seq", seq++)
                        .bind("c", c.id())
                        .bind("w", workspace)
                        .bind("p", d.creator().platform().id())
                        .bind("h", d.creator().handle())
                        .bind("f", d.format().id())
                        .bind("due", d.due() == null ? null : d.due().toString())
                        .bind("price", d.priceCents())
                        .bind("status", d.status().id())
                        .execute();
            }
            ForecastRows.write(h, c.id(), workspace, c.forecast());
        });
    }

    @Override
    public List<Campaign> list() {
        return jdbi.withHandle(h -> h
                .createQuery("SELECT name FROM campaigns WHERE workspace_id = :w " + "ORDER BY created_at DESC, name")
                .bind("w", workspace)
                .mapTo(String.class)
                .list()
                .stream()
                .map(n -> find(h, n).orElseThrow())
                .toList());
    }

    @Override
    public Optional<Campaign> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    private Optional<Campaign> find(Handle h, String name) {
        return h.createQuery("SELECT * FROM campaigns WHERE workspace_id = :w AND name = :n")
                .bind("w", workspace)
                .bind("n", name)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return new Campaign(
                            id,
                            workspace,
                            rs.getString("name"),
                            rs.getString("slug"),
                            rs.getString("landing_url"),
                            rs.getString("plan_name"),
                            instant(rs, "created_at"),
                            rs.getDouble("average_order_value"),
                            creators(h, id),
                            deliverables(h, id),
                            ForecastRows.read(h, id, rs.getString("forecast_basis")));
                })
                .findOne();
    }

    private List<CampaignCreator> creators(Handle h, long id) {
        return h.createQuery("SELECT * FROM campaign_creators WHERE campaign_id = :c ORDER BY seq")
                .bind("c", id)
                .map((rs, ctx) -> new CampaignCreator(
                        key(rs),
                        Tier.parse(rs.getString("tier")),
                        rs.getLong("followers"),
                        rs.getString("promo_code"),
                        rs.getString("link_token")))
                .list();
    }

    private List<CampaignDeliverable> deliverables(Handle h, long id) {
        return h.createQuery("SELECT * FROM campaign_deliverables WHERE campaign_id = :c ORDER BY seq")
                .bind("c", id)
                .map((rs, ctx) -> new CampaignDeliverable(
                        rs.getLong("id"),
                        key(rs),
                        Deliverable.parse(rs.getString("format")),
                        rs.getString("due") == null ? null : LocalDate.parse(rs.getString("due")),
                        rs.getLong("price_cents"),
                        CampaignDeliverable.Status.parse(rs.getString("status"))))
                .list();
    }

    static CreatorKey key(ResultSet rs) throws SQLException {
        return CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle"));
    }

    @Override
    public Set<String> promoCodes() {
        return new HashSet<>(
                jdbi.withHandle(h -> h.createQuery("SELECT promo_code FROM campaign_creators WHERE workspace_id = :w")
                        .bind("w", workspace)
                        .mapTo(String.class)
                        .list()));
    }

    @Override
    public int addOrders(long campaignId, List<Order> orders) {
        return jdbi.inTransaction(h -> {
            mine(h, campaignId);
            Set<String> stored =
                    new HashSet<>(h.createQuery("SELECT reference FROM campaign_orders WHERE campaign_id = :c")
                            .bind("c", campaignId)
                            .mapTo(String.class)
                            .list());
            int added = 0;
            for (Order o : orders) {
                if (!stored.add(o.reference())) {
                    continue;
                }
                h.createUpdate("INSERT INTO campaign_orders (campaign_id, workspace_id, reference, placed_at, "
                                + "total_cents, discount_codes, utm_source, utm_medium, utm_campaign, utm_content, "
                                + "status, counted) VALUES (:c, :w, :ref, :at, :total, :codes, :src, :med, :camp, "
                                + ":content, :status, :counted)")
                        .bind("c", campaignId)
                        .bind("w", workspace)
                        .bind("ref", o.reference())
                        .bind("at", at(o.placedAt()))
                        .bind("total", o.totalCents())
                        .bind("codes", o.discountCodes().isEmpty() ? null : String.join(" ", o.discountCodes()))
                        .bind("src", o.utm().source())
                        .bind("med", o.utm().medium())
                        .bind("camp", o.utm().campaign())
                        .bind("content", o.utm().content())
                        .bind("status", o.status())
                        .bind("counted", o.counted())
                        .execute();
                added++;
            }
            return added;
        });
    }

    /** Refuses a campaign id of another workspace. */
    private void mine(Handle h, long campaignId) {
        boolean ok = h.createQuery("SELECT COUNT(*) FROM campaigns WHERE id = :c AND workspace_id = :w")
                        .bind("c", campaignId)
                        .bind("w", workspace)
                        .mapTo(Long.class)
                        .one()
                > 0;
        if (!ok) {
            throw new IllegalArgumentException("no campaign " + campaignId + " in this workspace");
        }
    }

    @Override
    public List<Order> orders(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM campaign_orders WHERE campaign_id = :c AND "
                        + "workspace_id = :w ORDER BY placed_at, reference")
                .bind("c", campaignId)
                .bind("w", workspace)
                .map((rs, ctx) -> new Order(
                        rs.getString("reference"),
                        instant(rs, "placed_at"),
                        rs.getLong("total_cents"),
                        rs.getString("discount_codes") == null
                                ? List.of()
                                : Arrays.asList(rs.getString("discount_codes").split(" ")),
                        new Utm(
                                rs.getString("utm_source"),
                                rs.getString("utm_medium"),
                                rs.getString("utm_campaign"),
                                rs.getString("utm_content")),
                        rs.getString("status"),
                        rs.getBoolean("counted")))
                .list());
    }

    @Override
    public void recordPost(long campaignId, PostedItem p) {
        jdbi.useTransaction(h -> {
            mine(h, campaignId);
            h.createUpdate("DELETE FROM campaign_posts WHERE campaign_id = :c AND url = :url")
                    .bind("c", campaignId)
                    .bind("url", p.url())
                    .execute();
            h.createUpdate("INSERT INTO campaign_posts (campaign_id, workspace_id, url, platform, handle, posted_at, "
                            + "body, impressions, engagements, sponsored) VALUES (:c, :w, :url, :p, :h, :at, :body, "
                            + ":imp, :eng, :sponsored)")
                    .bind("c", campaignId)
                    .bind("w", workspace)
                    .bind("url", p.url())
                    .bind("p", p.creator().platform().id())
                    .bind("h", p.creator().handle())
                    .bind("at", at(p.postedAt()))
                    .bind("body", p.text())
                    .bindByType("imp", p.impressions(), Long.class)
                    .bindByType("eng", p.engagements(), Long.class)
                    .bind("sponsored", p.sponsored())
                    .execute();
        });
    }

    @Override
    public List<PostedItem> posts(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM campaign_posts WHERE campaign_id = :c AND "
                        + "workspace_id = :w ORDER BY posted_at, url")
                .bind("c", campaignId)
                .bind("w", workspace)
                .map((rs, ctx) -> new PostedItem(
                        key(rs),
                        rs.getString("url"),
                        instant(rs, "posted_at"),
                        rs.getString("body"),
                        rs.getObject("impressions") == null ? null : rs.getLong("impressions"),
                        rs.getObject("engagements") == null ? null : rs.getLong("engagements"),
                        rs.getBoolean("sponsored")))
                .list());
    }

    @Override
    public Map<CreatorKey, Long> clicks(long campaignId) {
        Map<CreatorKey, Long> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.platform, c.handle, COUNT(k.id) AS n FROM campaign_creators c "
                        + "JOIN campaign_clicks k ON k.link_token = c.link_token WHERE c.campaign_id = :c AND "
                        + "c.workspace_id = :w GROUP BY c.platform, c.handle")
                .bind("c", campaignId)
                .bind("w", workspace)
                .map((rs, ctx) -> Map.entry(key(rs), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    @Override
    public void setStatus(long campaignId, long deliverableId, CampaignDeliverable.Status status) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE campaign_deliverables SET status = :s WHERE id = :id AND "
                        + "campaign_id = :c AND workspace_id = :w")
                .bind("s", status.id())
                .bind("id", deliverableId)
                .bind("c", campaignId)
                .bind("w", workspace)
                .execute());
        if (n == 0) {
            throw new IllegalArgumentException("no deliverable " + deliverableId + " in this campaign");
        }
    }

    @Override
    public int forgetCreator(CreatorKey creator) {
        return jdbi.inTransaction(h -> CreatorForgetting.forget(h, workspace, creator));
    }
}
