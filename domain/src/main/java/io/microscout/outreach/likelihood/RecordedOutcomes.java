package io.microscout.outreach.likelihood;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.OutreachRecords;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's outcomes paired with what was predicted before them: for each creator, the first answer in its
 * history (a move to agreed: yes; to declined: no) and the latest likelihood stored before that move. A likelihood
 * estimated after the answer is never used, so the calibration table is out of sample in time.
 */
public final class RecordedOutcomes {
    private RecordedOutcomes() {}

    /** A prediction and what happened. */
    public record Pair(Prediction prediction, boolean yes) {
        public AcceptanceModel.Outcome outcome() {
            return new AcceptanceModel.Outcome(prediction.evidence(), yes);
        }
    }

    public static List<Pair> of(OutreachRecords records, Predictions predictions) {
        List<Prediction> all = predictions.all();
        List<Pair> pairs = new ArrayList<>();
        for (OutreachEntry e : records.entries()) {
            Optional<StageMove> answer = records.history(e.creator()).stream()
                    .filter(m -> m.to() == Stage.AGREED || m.to() == Stage.DECLINED)
                    .findFirst();
            if (answer.isEmpty()) {
                continue;
            }
            latestBefore(all, e.creator(), answer.get())
                    .ifPresent(p -> pairs.add(new Pair(p, answer.get().to() == Stage.AGREED)));
        }
        return pairs;
    }

    private static Optional<Prediction> latestBefore(List<Prediction> all, CreatorKey creator, StageMove answer) {
        return all.stream()
                .filter(p -> p.creator().equals(creator) && p.at().isBefore(answer.at()))
                .reduce((a, b) -> b);
    }

    public static List<AcceptanceModel.Outcome> outcomes(List<Pair> pairs) {
        return pairs.stream().map(Pair::outcome).toList();
    }
}
