package io.microscout.outreach;

import static io.microscout.outreach.OutreachFixtures.RYAN;
import static io.microscout.outreach.OutreachFixtures.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final OutreachFixtures f = new OutreachFixtures();

    private OutreachEntry move(CreatorKey c, Stage to, String note) {
        return f.pipeline.move(new Pipeline.MoveRequest(c, to, null, null, note), "ana@brand.test");
    }

    @Test
    void aSavedPlanPutsItsCreatorsOnTheBoardShortlistedWithTheirOfferAndReason() {
        Pipeline.Added added = f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");

        assertThat(added.added()).hasSize(2);
        OutreachEntry zoe = f.pipeline.entry(ZOE);
        assertThat(zoe.stage()).isEqualTo(Stage.SHORTLISTED);
        assertThat(zoe.offer()).isEqualTo(new Offer(Deliverable.INSTAGRAM_REEL, 350));
        assertThat(zoe.why()).isEqualTo("relevance: posts about skincare");
        assertThat(zoe.source()).isEqualTo("plan first-plan");
        assertThat(zoe.email()).isEqualTo("zoe@example.test");
        assertThat(f.pipeline.board().get(Stage.SHORTLISTED))
                .extracting(OutreachEntry::creator)
                .containsExactly(ZOE, RYAN);
    }

    @Test
    void addingTheSamePlanAgainAddsNobodyTwice() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        move(ZOE, Stage.CONTACTED, "first mail");

        Pipeline.Added again = f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");

        assertThat(again.added()).isEmpty();
        assertThat(again.alreadyThere()).containsExactly(ZOE, RYAN);
        assertThat(f.pipeline.entry(ZOE).stage()).isEqualTo(Stage.CONTACTED);
    }

    @Test
    void aShortlistOfAnUnknownCreatorIsRefusedNamingItAndAddsNothing() {
        CreatorKey ghost = CreatorKey.parse("instagram:ghost");
        assertThatThrownBy(() -> f.pipeline.addShortlist(List.of(ZOE, ghost), null, null, "ana@brand.test"))
                .hasMessageContaining("no creator instagram:ghost in the catalog")
                .hasMessageContaining("nothing was added");
        assertThat(f.store.entries()).isEmpty();
    }

    @Test
    void everyMoveIsKeptWithItsAuthorTimeAndNoteAndNothingIsOverwritten() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        move(ZOE, Stage.CONTACTED, "sent the intro");
        move(ZOE, Stage.REPLIED, "she asked for the brief");
        f.pipeline.move(
                new Pipeline.MoveRequest(
                        ZOE, Stage.AGREED, null, new Offer(Deliverable.INSTAGRAM_REEL, 400), "agreed at $400"),
                "ben@brand.test");

        List<StageMove> history = f.pipeline.history(ZOE);
        assertThat(history)
                .extracting(StageMove::to)
                .containsExactly(Stage.SHORTLISTED, Stage.CONTACTED, Stage.REPLIED, Stage.AGREED);
        assertThat(history)
                .extracting(StageMove::from)
                .containsExactly(null, Stage.SHORTLISTED, Stage.CONTACTED, Stage.REPLIED);
        assertThat(history.get(2).note()).isEqualTo("she asked for the brief");
        assertThat(history.get(3).author()).isEqualTo("ben@brand.test");
        assertThat(history).extracting(StageMove::at).isSorted();
        assertThat(f.pipeline.entry(ZOE).offer().price()).isEqualTo(400);
    }

    @Test
    void aMoveThatMakesNoSenseIsRefusedInPlainWords() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");

        assertThatThrownBy(() -> move(ZOE, Stage.PAID, "?"))
                .hasMessage("instagram:zoe.skin: a creator who is shortlisted cannot move to paid; from shortlisted "
                        + "the moves are to contacted, declined");
        assertThatThrownBy(() -> move(ZOE, Stage.SHORTLISTED, "")).hasMessageContaining("already shortlisted");
        assertThat(f.pipeline.history(ZOE)).hasSize(1);
    }

    @Test
    void aDeclineNeedsItsReasonAndKeepsIt() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        move(RYAN, Stage.CONTACTED, "");

        assertThatThrownBy(() -> move(RYAN, Stage.DECLINED, "no")).hasMessageContaining("needs its reason");
        OutreachEntry declined = f.pipeline.move(
                new Pipeline.MoveRequest(RYAN, Stage.DECLINED, DeclineReason.VALUES, null, "not his kind of brand"),
                "ana@brand.test");

        assertThat(declined.declineReason()).isEqualTo(DeclineReason.VALUES);
        assertThat(f.pipeline.board().get(Stage.DECLINED))
                .extracting(OutreachEntry::creator)
                .containsExactly(RYAN);
    }

    @Test
    void anOptedOutCreatorStaysOnTheBoardButCannotBeContacted() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        f.pipeline.optOut(ZOE, "replied unsubscribe");

        assertThatThrownBy(() -> move(ZOE, Stage.CONTACTED, "")).hasMessageContaining("opted out");
        assertThat(f.pipeline.optedOut(ZOE)).isTrue();
        assertThat(f.pipeline.board().get(Stage.SHORTLISTED)).hasSize(2);
    }

    @Test
    void theCampaignsSideReadsWhoAgreedAtWhatDeliverableAndPrice() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        move(ZOE, Stage.CONTACTED, "");
        move(ZOE, Stage.AGREED, "yes");
        move(ZOE, Stage.CONTRACTED, "signed");
        move(RYAN, Stage.CONTACTED, "");

        List<Agreement> agreed = f.pipeline.agreements();

        assertThat(agreed).singleElement().satisfies(a -> {
            assertThat(a.creator()).isEqualTo(ZOE);
            assertThat(a.stage()).isEqualTo(Stage.CONTRACTED);
            assertThat(a.terms()).isEqualTo(new Offer(Deliverable.INSTAGRAM_REEL, 350));
            assertThat(a.agreedAt()).isEqualTo(f.pipeline.history(ZOE).get(2).at());
        });
    }

    @Test
    void forgettingACreatorRemovesItsOutreachButKeepsTheOptOut() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana@brand.test");
        f.pipeline.optOut(ZOE, "asked");

        assertThat(f.pipeline.forget(ZOE)).isPositive();

        assertThat(f.pipeline.find(ZOE)).isEmpty();
        assertThat(f.store.history(ZOE)).isEmpty();
        assertThat(f.pipeline.optedOut(ZOE)).isTrue();
        assertThat(f.pipeline.find(RYAN)).isPresent();
    }
}
