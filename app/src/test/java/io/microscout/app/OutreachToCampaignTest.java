package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.creator.CreatorKey;
import io.microscout.outreach.Pipeline;
import io.microscout.outreach.Stage;
import io.microscout.pricing.Deliverable;
import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two halves of working with creators joined: the creators who said yes in outreach become a campaign at the
 * agreed terms, and forgetting a creator removes them from outreach and campaigns in every workspace (the
 * opt-out excepted, so they are never mailed again).
 */
class OutreachToCampaignTest {
    static final CreatorKey CLEAN = CreatorKey.parse("instagram:clean");
    static final CreatorKey BOUGHT = CreatorKey.parse("instagram:bought");

    @TempDir
    Path home;

    MicroScout app;

    @BeforeEach
    void open() {
        app = MicroScout.open(
                TestDatabases.sqlite(home), Settings.defaults(), Clock.fixed(AuthenticityFixtures.NOW, ZoneOffset.UTC));
        app.imports().store(AuthenticityFixtures.twoCreators());
        Pipeline pipeline = new OutreachDesk(app, 0).pipeline();
        pipeline.addShortlist(List.of(CLEAN, BOUGHT), Pipeline.offer("instagram-reel", 300.0), "fits", "ana");
        for (Stage s : List.of(Stage.CONTACTED, Stage.AGREED)) {
            pipeline.move(
                    new Pipeline.MoveRequest(CLEAN, s, null, Pipeline.offer("instagram-reel", 420.0), "yes"), "ana");
        }
        pipeline.move(new Pipeline.MoveRequest(BOUGHT, Stage.CONTACTED, null, null, "sent"), "ana");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theCreatorsWhoSaidYesBecomeTheCampaignAtTheAgreedPrice() {
        CampaignService campaigns = new CampaignService(app, 0);

        Campaign c = campaigns.create("spring", "https://shop.example/run", null, campaigns.agreedInOutreach(), null);

        assertThat(c.creators()).extracting(CampaignCreator::creator).containsExactly(CLEAN);
        assertThat(c.deliverables()).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Deliverable.INSTAGRAM_REEL);
            assertThat(d.priceCents()).isEqualTo(42_000);
        });
    }

    @Test
    void forgettingACreatorRemovesItFromOutreachAndCampaignsButKeepsTheOptOut() {
        CampaignService campaigns = new CampaignService(app, 0);
        campaigns.create("spring", "https://shop.example/run", null, campaigns.agreedInOutreach(), null);
        new OutreachDesk(app, 0).pipeline().optOut(CLEAN, "asked not to be mailed");
        assertThat(app.personalData().export(CLEAN).toString()).contains("outreach_entries", "campaign_creators");

        app.personalData().forget(CLEAN);

        Map<String, Object> left = app.personalData().export(CLEAN);
        assertThat(left.toString())
                .doesNotContain("outreach_entries", "outreach_moves", "campaign_creators", "campaign_deliverables")
                .contains("outreach_opt_outs");
        assertThat(new OutreachDesk(app, 0).pipeline().find(BOUGHT)).isPresent();
        assertThat(new OutreachDesk(app, 0).pipeline().optedOut(CLEAN)).isTrue();
    }
}
