package io.microscout.outreach.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.DeclineReason;
import io.microscout.outreach.Offer;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.pricing.Deliverable;
import io.microscout.testing.InMemoryOutreach;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final InMemoryOutreach store = new InMemoryOutreach();

    private void creator(String handle, double predicted, Stage answer, int predictedMinutes) {
        CreatorKey k = CreatorKey.parse("instagram:" + handle);
        Offer offer = new Offer(Deliverable.INSTAGRAM_POST, 100);
        store.add(
                List.of(new OutreachEntry(k, handle, Stage.SHORTLISTED, offer, null, "shortlist", "", null, T0, T0)),
                List.of(new StageMove(k, null, Stage.SHORTLISTED, null, offer, "ana", "", T0)));
        store.save(List.of(new Prediction(k, predicted, List.of(), T0.plusSeconds(60L * predictedMinutes))));
        Instant at = T0.plusSeconds(600);
        store.record(
                new OutreachEntry(
                        k,
                        handle,
                        answer,
                        offer,
                        answer == Stage.DECLINED ? DeclineReason.PRICE : null,
                        "shortlist",
                        "",
                        null,
                        T0,
                        at),
                new StageMove(
                        k,
                        Stage.SHORTLISTED,
                        answer,
                        answer == Stage.DECLINED ? DeclineReason.PRICE : null,
                        null,
                        "ana",
                        "",
                        at));
    }

    @Test
    void predictionsAreComparedWithWhatHappenedBucketByBucket() {
        creator("a", 0.15, Stage.AGREED, 1);
        creator("b", 0.12, Stage.DECLINED, 1);
        creator("c", 0.18, Stage.DECLINED, 1);
        creator("d", 0.85, Stage.AGREED, 1);
        creator("late", 0.99, Stage.DECLINED, 20); // estimated after the answer: never counted

        List<RecordedOutcomes.Pair> pairs = RecordedOutcomes.of(store, store);
        Calibration c = Calibration.of(pairs);

        assertThat(c.outcomes()).isEqualTo(4);
        assertThat(c.buckets()).hasSize(2);
        Calibration.Bucket low = c.buckets().get(0);
        assertThat(low.from()).isEqualTo(0.1);
        assertThat(low.count()).isEqualTo(3);
        assertThat(low.meanPredicted()).isCloseTo(0.15, within(1e-9));
        assertThat(low.observedRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.observedRate()).isEqualTo(0.5);
        double brier = (0.85 * 0.85 + 0.12 * 0.12 + 0.18 * 0.18 + 0.15 * 0.15) / 4;
        assertThat(c.brier()).isCloseTo(brier, within(1e-9));
        assertThat(c.baseRateBrier()).isEqualTo(0.25);
    }
}
