package io.microscout.campaign;

import static io.microscout.campaign.CampaignFixtures.RYAN;
import static io.microscout.campaign.CampaignFixtures.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.forecast.Figure;
import org.junit.jupiter.api.Test;

class CampaignSetupTest {

    @Test
    void eachCreatorGetsAFreePromoCodeAndAnUnguessableLink() {
        Campaign c = CampaignFixtures.campaign();
        assertThat(c.slug()).isEqualTo("spring-launch-2026");
        assertThat(c.creator(ZOE).orElseThrow().promoCode())
                .as("ZOEHBEAUTY26 is taken in the workspace")
                .isEqualTo("ZOEHBEAUTY26B");
        assertThat(c.creator(RYAN).orElseThrow().promoCode()).isEqualTo("RYANJWELLNES26");
        assertThat(c.creator(ZOE).orElseThrow().linkToken())
                .hasSize(10)
                .isNotEqualTo(c.creator(RYAN).orElseThrow().linkToken());
        assertThat(c.costCents(ZOE)).isEqualTo(45_000);
    }

    @Test
    void theForecastIsMadePerCreatorPerTierAndForTheCampaign() {
        Campaign c = CampaignFixtures.campaign();
        assertThat(c.forecast().totals()).containsKeys(Figure.IMPRESSIONS, Figure.CLICKS, Figure.ROI);
        assertThat(c.forecast().perCreator()).containsKeys(ZOE, RYAN);
        assertThat(c.forecast().perTier()).hasSize(2);
        assertThat(c.forecast().perCreator().get(RYAN).get(Figure.IMPRESSIONS).p50())
                .isGreaterThan(c.forecast()
                        .perCreator()
                        .get(ZOE)
                        .get(Figure.IMPRESSIONS)
                        .p50());
    }

    @Test
    void theTrackingLinkForwardsWithTheUtmParametersAndKeepsTheLandingPagesOwnQuery() {
        assertThat(TrackingLinks.destination("https://shop.example/serum?ref=x#top", "spring-launch-2026", ZOE))
                .isEqualTo("https://shop.example/serum?ref=x&utm_source=instagram&utm_medium=influencer"
                        + "&utm_campaign=spring-launch-2026&utm_content=zoe.h.beauty#top");
        assertThatThrownBy(() -> TrackingLinks.checkLanding("javascript:alert(1)"))
                .hasMessageContaining("absolute http");
    }

    @Test
    void aDeliverableMustBeOnTheCreatorsPlatform() {
        assertThatThrownBy(() -> Agreement.parse("instagram:zoe.h.beauty,tiktok-video,100"))
                .hasMessageContaining("tiktok-video is not a instagram deliverable");
        assertThatThrownBy(() -> Agreement.parse("instagram:zoe.h.beauty,instagram-reel,lots"))
                .hasMessageContaining("not a number");
    }
}
