package io.microscout.store.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.campaign.Agreement;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignDeliverable;
import io.microscout.campaign.CampaignSetup;
import io.microscout.campaign.Order;
import io.microscout.campaign.PostedItem;
import io.microscout.campaign.Utm;
import io.microscout.creator.CreatorKey;
import io.microscout.forecast.Figure;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.SegmentRates;
import io.microscout.pricing.Deliverable;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.tier.Tier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign store on each engine: what is written comes back, imports are idempotent, workspaces are apart. */
abstract class JdbiCampaignsContract {
    static final CreatorKey ZOE = CreatorKey.parse("instagram:zoe.h.beauty");
    static final CreatorKey RYAN = CreatorKey.parse("tiktok:ryan.j.wellness");
    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    CatalogStore store;

    abstract StoreLocation location(Path home);

    @BeforeEach
    void open() {
        store = CatalogStore.open(location(dir));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static Campaign campaign(long workspace, String name, Set<String> taken) {
        return new CampaignSetup(
                        ForecastAssumptions.defaults().withDraws(200),
                        SegmentRates.none(),
                        k -> Optional.of(new CampaignSetup.CreatorFacts(Tier.MICRO, 30_000, new long[] {500, 700})))
                .create(
                        workspace,
                        name,
                        "https://shop.example/serum",
                        "first-plan",
                        List.of(
                                new Agreement(
                                        ZOE,
                                        Deliverable.INSTAGRAM_REEL,
                                        45_000,
                                        java.time.LocalDate.parse("2026-11-20")),
                                new Agreement(RYAN, Deliverable.TIKTOK_VIDEO, 30_000, null)),
                        taken,
                        NOW,
                        JdbiAccounts::newId);
    }

    @Test
    void aCampaignComesBackWholeWithItsForecast() {
        JdbiCampaigns campaigns = new JdbiCampaigns(store.jdbi(), 0);
        Campaign c = campaign(0, "Spring Launch", Set.of());
        campaigns.create(c);
        Campaign back = campaigns.find("Spring Launch").orElseThrow();
        assertThat(back.creators()).isEqualTo(c.creators());
        assertThat(back.deliverables()).isEqualTo(c.deliverables());
        assertThat(back.createdAt()).isEqualTo(NOW);
        assertThat(back.forecast().totals().get(Figure.IMPRESSIONS))
                .isEqualTo(c.forecast().totals().get(Figure.IMPRESSIONS));
        assertThat(back.forecast().perCreator()).containsKeys(ZOE, RYAN);
        assertThat(back.forecast().perTier()).containsKey(Tier.MICRO);
        assertThat(campaigns.promoCodes()).containsExactlyInAnyOrder("ZOEHBEAUTY26", "RYANJWELLNES26");
        assertThatThrownBy(() -> campaigns.create(campaign(0, "Spring Launch", campaigns.promoCodes())))
                .hasMessageContaining("exists already");
    }

    @Test
    void importingTheSameOrdersTwiceAddsNothing() {
        JdbiCampaigns campaigns = new JdbiCampaigns(store.jdbi(), 0);
        Campaign c = campaign(0, "Spring Launch", Set.of());
        campaigns.create(c);
        List<Order> orders = List.of(
                new Order("#1", NOW, 5_900, List.of("ZOEHBEAUTY26"), null, "paid", true),
                new Order(
                        "#2",
                        NOW,
                        1_000,
                        List.of(),
                        new Utm("tiktok", "influencer", "spring-launch", "ryan.j.wellness"),
                        "paid",
                        true));
        assertThat(campaigns.addOrders(c.id(), orders)).isEqualTo(2);
        assertThat(campaigns.addOrders(c.id(), orders)).isZero();
        assertThat(campaigns.orders(c.id())).containsExactlyElementsOf(orders);
    }

    @Test
    void postsAreUpdatedByUrlAndClicksCountedPerCreator() {
        JdbiCampaigns campaigns = new JdbiCampaigns(store.jdbi(), 0);
        Campaign c = campaign(0, "Spring Launch", Set.of());
        campaigns.create(c);
        campaigns.recordPost(
                c.id(), new PostedItem(ZOE, "https://instagram.com/p/1", NOW, "Serum time", null, null, true));
        campaigns.recordPost(
                c.id(), new PostedItem(ZOE, "https://instagram.com/p/1", NOW, "Serum time #ad", 9_000L, 450L, true));
        assertThat(campaigns.posts(c.id())).singleElement().satisfies(p -> {
            assertThat(p.impressions()).isEqualTo(9_000L);
            assertThat(p.text()).endsWith("#ad");
        });
        JdbiTrackingLinks links = new JdbiTrackingLinks(store.jdbi());
        String token = c.creator(ZOE).orElseThrow().linkToken();
        links.countClick(token, NOW);
        links.countClick(token, NOW.plusSeconds(5));
        assertThat(campaigns.clicks(c.id())).containsEntry(ZOE, 2L).doesNotContainKey(RYAN);
        assertThat(links.destination(token))
                .hasValueSatisfying(d -> assertThat(d).contains("utm_content=zoe.h.beauty"));
        assertThat(links.destination("nope")).isEmpty();
        campaigns.setStatus(c.id(), c.deliverables().get(0).id(), CampaignDeliverable.Status.POSTED);
        assertThat(campaigns
                        .find("Spring Launch")
                        .orElseThrow()
                        .deliverables()
                        .get(0)
                        .status())
                .isEqualTo(CampaignDeliverable.Status.POSTED);
    }

    @Test
    void anotherWorkspaceSeesNothingAndForgettingACreatorLeavesNoTrace() {
        JdbiCampaigns mine = new JdbiCampaigns(store.jdbi(), 7), theirs = new JdbiCampaigns(store.jdbi(), 8);
        Campaign c = campaign(7, "Spring Launch", Set.of());
        mine.create(c);
        assertThat(theirs.list()).isEmpty();
        assertThatThrownBy(() -> theirs.addOrders(c.id(), List.of())).hasMessageContaining("no campaign");
        mine.addOrders(
                c.id(),
                List.of(new Order(
                        "#1",
                        NOW,
                        5_900,
                        List.of("ZOEHBEAUTY26"),
                        new Utm("instagram", "influencer", "spring-launch", "zoe.h.beauty"),
                        "paid",
                        true)));
        mine.recordPost(c.id(), new PostedItem(ZOE, "https://instagram.com/p/1", NOW, "x", 1L, 1L, true));
        new JdbiTrackingLinks(store.jdbi())
                .countClick(c.creator(ZOE).orElseThrow().linkToken(), NOW);
        assertThat(mine.forgetCreator(ZOE)).isPositive();
        Campaign after = mine.find("Spring Launch").orElseThrow();
        assertThat(after.creators()).extracting(cc -> cc.creator()).containsExactly(RYAN);
        assertThat(after.deliverables()).allMatch(d -> d.creator().equals(RYAN));
        assertThat(after.forecast().perCreator()).doesNotContainKey(ZOE);
        assertThat(mine.posts(c.id())).isEmpty();
        Order o = mine.orders(c.id()).get(0);
        assertThat(o.discountCodes()).isEmpty();
        assertThat(o.utm().content()).isNull();
    }
}
