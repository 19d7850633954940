package io.microscout.store.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.DeclineReason;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.MessageTemplate;
import io.microscout.outreach.Offer;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.outreach.likelihood.Evidence;
import io.microscout.outreach.likelihood.Prediction;
import io.microscout.outreach.likelihood.Signal;
import io.microscout.pricing.Deliverable;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outreach tables behave the same on every database; one workspace never sees another's rows. */
abstract class OutreachStoreContract {
    static final CreatorKey ZOE = CreatorKey.parse("instagram:zoe.skin");
    static final Instant T = Instant.parse("2026-12-01T09:00:00.123456Z");
    static final Offer REEL = new Offer(Deliverable.INSTAGRAM_REEL, 350.25);

    @TempDir
    Path dir;

    CatalogStore store;
    JdbiOutreachRecords brandA;
    JdbiOutreachRecords brandB;

    abstract StoreLocation location(Path home);

    @BeforeEach
    void open() {
        store = CatalogStore.open(location(dir));
        brandA = new JdbiOutreachRecords(store.jdbi(), 11);
        brandB = new JdbiOutreachRecords(store.jdbi(), 22);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's component was missing and the test skipped
            store.close();
        }
    }

    private static OutreachEntry shortlisted(CreatorKey c) {
        return new OutreachEntry(
                c, "Zoe H.", Stage.SHORTLISTED, REEL, null, "plan p", "posts about skincare", "zoe@example.test", T, T);
    }

    @Test
    void anEntryAndItsHistoryComeBackAsStoredAndStayInTheirWorkspace() {
        brandA.add(
                List.of(shortlisted(ZOE)),
                List.of(new StageMove(ZOE, null, Stage.SHORTLISTED, null, REEL, "ana", "plan p", T)));
        Instant later = T.plusSeconds(3600);
        StageMove decline = new StageMove(
                ZOE,
                Stage.SHORTLISTED,
                Stage.DECLINED,
                DeclineReason.NO_REPLY,
                null,
                "ana",
                "no answer in 2 weeks",
                later);
        brandA.record(
                new OutreachEntry(
                        ZOE,
                        "Zoe H.",
                        Stage.DECLINED,
                        REEL,
                        DeclineReason.NO_REPLY,
                        "plan p",
                        "posts about skincare",
                        "zoe@example.test",
                        T,
                        later),
                decline);

        OutreachEntry back = brandA.entry(ZOE).orElseThrow();
        assertThat(back.stage()).isEqualTo(Stage.DECLINED);
        assertThat(back.declineReason()).isEqualTo(DeclineReason.NO_REPLY);
        assertThat(back.offer()).isEqualTo(REEL);
        assertThat(back.addedAt()).isEqualTo(T);
        assertThat(back.movedAt()).isEqualTo(later);
        assertThat(brandA.history(ZOE)).extracting(StageMove::to).containsExactly(Stage.SHORTLISTED, Stage.DECLINED);
        assertThat(brandA.history(ZOE).get(1)).isEqualTo(decline);
        assertThat(brandB.entries()).isEmpty();
        assertThat(brandB.entry(ZOE)).isEmpty();
        assertThatThrownBy(() -> brandB.record(back, decline)).hasMessageContaining("not in this workspace");
    }

    @Test
    void addingACreatorTwiceKeepsTheFirstEntry() {
        brandA.add(List.of(shortlisted(ZOE)), List.of());
        OutreachEntry other = new OutreachEntry(ZOE, "Z", Stage.SHORTLISTED, null, null, "shortlist", "", null, T, T);
        brandA.add(List.of(other), List.of());

        assertThat(brandA.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo("plan p"));
    }

    @Test
    void forgetDeletesTheCreatorsOutreachButTheOptOutStays() {
        brandA.add(
                List.of(shortlisted(ZOE)),
                List.of(new StageMove(ZOE, null, Stage.SHORTLISTED, null, null, "ana", "", T)));
        brandB.add(List.of(shortlisted(ZOE)), List.of());
        brandA.optOut(ZOE, "asked", T);
        JdbiMailings mail = new JdbiMailings(store.jdbi(), 11, Clock.fixed(T, ZoneOffset.UTC));
        mail.logSent(ZOE, "hello", T);
        new JdbiPredictions(store.jdbi(), 11).save(List.of(new Prediction(ZOE, 0.2, List.of(), T)));

        assertThat(brandA.forget(ZOE)).isEqualTo(4);

        assertThat(brandA.entry(ZOE)).isEmpty();
        assertThat(brandA.history(ZOE)).isEmpty();
        assertThat(mail.sentSince(T.minusSeconds(1))).isZero();
        assertThat(brandA.optedOut(ZOE)).isTrue();
        assertThat(brandB.entry(ZOE)).isPresent();
        assertThat(brandB.optedOut(ZOE)).isFalse();
    }

    @Test
    void templatesSettingsAndTheSentLogBelongToOneWorkspace() {
        JdbiMailings a = new JdbiMailings(store.jdbi(), 11, Clock.fixed(T, ZoneOffset.UTC));
        JdbiMailings b = new JdbiMailings(store.jdbi(), 22, Clock.fixed(T, ZoneOffset.UTC));
        a.saveTemplate(new MessageTemplate("intro", "Hi {{name}}", "Hello {{name}}"));
        a.saveTemplate(new MessageTemplate("intro", "Hey {{name}}", "Hello again {{name}}"));
        MailSettings s = new MailSettings(
                "smtp.example.test",
                587,
                MailSettings.Tls.STARTTLS,
                "ana",
                "env:MICROSCOUT_SMTP_PASSWORD",
                "ana@glow.test",
                "Ana",
                30);
        a.saveSettings(s);
        a.logSent(ZOE, "Hi Zoe", T);
        a.logSent(ZOE, "Hi Zoe", T.minusSeconds(86_400));

        assertThat(a.templates())
                .singleElement()
                .satisfies(t -> assertThat(t.subject()).isEqualTo("Hey {{name}}"));
        assertThat(a.settings()).contains(s);
        assertThat(a.sentSince(T.minusSeconds(60))).isEqualTo(1);
        assertThat(b.templates()).isEmpty();
        assertThat(b.settings()).isEmpty();
        assertThat(b.sentSince(T.minusSeconds(86_400 * 2))).isZero();
    }

    @Test
    void predictionsKeepTheirSignalsAndReasons() {
        JdbiPredictions p = new JdbiPredictions(store.jdbi(), 11);
        List<Evidence> evidence = List.of(
                new Evidence(Signal.OFFER_VS_RATE, Math.log(0.8), "offer $80.00 against an estimated $100.00"),
                new Evidence(Signal.VALUES_CLASH, 1, "shows vegan values\t(9 of 30 posts)"));
        p.save(List.of(new Prediction(ZOE, 0.125, evidence, T)));

        Prediction back = p.all().get(0);
        assertThat(back.probability()).isEqualTo(0.125);
        assertThat(back.evidence().get(0).value()).isEqualTo(Math.log(0.8));
        assertThat(back.evidence().get(1).reason()).isEqualTo("shows vegan values (9 of 30 posts)");
        assertThat(back.at()).isEqualTo(T);
        assertThat(new JdbiPredictions(store.jdbi(), 22).all()).isEmpty();
    }
}
