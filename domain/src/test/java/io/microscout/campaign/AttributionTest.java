package io.microscout.campaign;

import static io.microscout.campaign.CampaignFixtures.RYAN;
import static io.microscout.campaign.CampaignFixtures.ZOE;
import static io.microscout.campaign.CampaignFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
    final Campaign campaign = CampaignFixtures.campaign();
    final String zoeCode = campaign.creator(ZOE).orElseThrow().promoCode();
    final Utm ryanUtm = new Utm("tiktok", "influencer", "spring-launch-2026", "ryan.j.wellness");

    @Test
    void aPromoCodeCreditsItsCreatorWhateverTheCaseTheBuyerTyped() {
        var r = Attribution.attribute(campaign, List.of(order("#1", 5_000, List.of(zoeCode.toLowerCase()), null)));
        assertThat(r.attributed()).singleElement().satisfies(a -> {
            assertThat(a.creator()).isEqualTo(ZOE);
            assertThat(a.rule()).isEqualTo(Attribution.Rule.PROMO_CODE);
        });
    }

    @Test
    void whenCodeAndUtmDisagreeTheCodeWinsAndTheOrderCountsOnce() {
        var r = Attribution.attribute(campaign, List.of(order("#2", 5_000, List.of(zoeCode), ryanUtm)));
        assertThat(r.attributed()).hasSize(1);
        assertThat(r.attributed().get(0).creator()).isEqualTo(ZOE);
        assertThat(r.attributed().get(0).note()).contains("promo code wins");
    }

    @Test
    void utmCreditsTheCreatorWhenThereIsNoCampaignCode() {
        var r = Attribution.attribute(campaign, List.of(order("#3", 7_000, List.of("WELCOME10"), ryanUtm)));
        assertThat(r.attributed()).singleElement().satisfies(a -> {
            assertThat(a.creator()).isEqualTo(RYAN);
            assertThat(a.rule()).isEqualTo(Attribution.Rule.UTM);
        });
    }

    @Test
    void theRestIsReportedWithTheReasonAndRefundsCountForNobody() {
        var r = Attribution.attribute(
                campaign,
                List.of(
                        order("#4", 1_000, List.of(), null),
                        order(
                                "#5",
                                1_000,
                                List.of(),
                                new Utm("instagram", "influencer", "black-friday", "zoe.h.beauty")),
                        order("#6", 1_000, List.of(), new Utm("tiktok", "influencer", "spring-launch-2026", "nobody")),
                        new Order("#7", CampaignFixtures.NOW, 9_000, List.of(zoeCode), null, "refunded", false),
                        order("#4", 1_000, List.of(zoeCode), null)));
        assertThat(r.attributed()).as("#4 repeated is still the first #4").isEmpty();
        assertThat(r.unattributed())
                .extracting(Attribution.Unattributed::reason)
                .containsExactly(
                        "no discount code and no UTM parameters",
                        "utm_campaign 'black-friday' is not this campaign's ('spring-launch-2026')",
                        "utm_content 'nobody' names no creator of this campaign");
        assertThat(r.notCounted())
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("refunded"));
    }
}
