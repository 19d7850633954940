package io.microscout.outreach;

import static io.microscout.outreach.OutreachFixtures.NOMAIL;
import static io.microscout.outreach.OutreachFixtures.RYAN;
import static io.microscout.outreach.OutreachFixtures.ZOE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private final OutreachFixtures f = new OutreachFixtures();
    private final Outbox outbox = new Outbox(f.pipeline, f.store, f.store, f.clock);
    private final MessageTemplate intro = new MessageTemplate(
            "intro",
            "{{brand}} would love to work with you",
            "Hi {{name}},\n{{why}}\nOffer: {{deliverable}}, {{price}}");
    private final Outbox.Facts facts = new Outbox.Facts("Glow", "vegan serum", "Ana from Glow");
    private final MailSettings settings =
            new MailSettings("localhost", 2525, MailSettings.Tls.NONE, null, null, "ana@glow.test", "Ana", 1);
    private final List<OutgoingMail> delivered = new ArrayList<>();
    private final MailSender sender = (s, m) -> delivered.add(m);

    @Test
    void aSendMailsWithinTheDailyLimitAndSaysWhoWaitsAndWhy() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana");

        Outbox.Batch sent = outbox.send(outbox.prepare(intro, facts, List.of(), 1), sender, settings, "ana");

        assertThat(delivered).extracting(OutgoingMail::creator).containsExactly(ZOE);
        assertThat(delivered.get(0).body())
                .startsWith("Hi Zoe H.,\nrelevance: posts about skincare\n"
                        + "Offer: Instagram reel, $350.00\n\n--\nIf you would rather not hear from Glow again");
        assertThat(sent.skipped()).singleElement().satisfies(s -> {
            assertThat(s.creator()).isEqualTo(RYAN);
            assertThat(s.reason()).contains("daily limit of 1");
        });
        assertThat(f.pipeline.entry(ZOE).stage()).isEqualTo(Stage.CONTACTED);
        assertThat(outbox.prepare(intro, facts, List.of(), 1).mails()).isEmpty();
    }

    @Test
    void optedOutCreatorsAndCreatorsWithoutAnAddressAreSkippedEverywhere() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana");
        f.pipeline.addShortlist(List.of(NOMAIL), null, null, "ana");
        f.pipeline.optOut(RYAN, "unsubscribe");
        MessageTemplate plain = new MessageTemplate("plain", "Hello {{name}}", "Hi {{name}}. {{unsubscribe}}");

        Outbox.Batch batch = outbox.prepare(plain, facts, List.of(), 30);

        assertThat(batch.mails()).extracting(OutgoingMail::creator).containsExactly(ZOE);
        assertThat(batch.skipped()).extracting(Outbox.Skipped::creator).containsExactlyInAnyOrder(RYAN, NOMAIL);
        assertThat(outbox.mailMerge(plain, facts, List.of()))
                .extracting(r -> r.entry().creator())
                .containsExactly(ZOE, NOMAIL);
        assertThat(batch.mails().get(0).body()).doesNotContain("\n--\n");
    }

    @Test
    void aFailedSendStopsTheBatchAndLeavesTheCreatorShortlisted() {
        f.pipeline.addPlan(OutreachFixtures.plan(), "ana");
        MailSender broken = (s, m) -> {
            throw new IllegalStateException("550 mailbox unavailable");
        };

        Outbox.Batch sent = outbox.send(outbox.prepare(intro, facts, List.of(), 30), broken, settings, "ana");

        assertThat(sent.mails()).isEmpty();
        assertThat(sent.skipped())
                .extracting(Outbox.Skipped::reason)
                .containsExactly("FAILED: 550 mailbox unavailable", "not sent: an earlier message failed");
        assertThat(f.pipeline.entry(ZOE).stage()).isEqualTo(Stage.SHORTLISTED);
    }
}
