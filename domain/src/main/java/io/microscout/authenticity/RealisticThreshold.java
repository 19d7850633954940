package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.List;

/**
 * Which threshold serves audiences with a realistic share of fakes (10-30%, {@link ThresholdChoice}) on
 * populations the model was not trained on: each source's out-of-source predictions ({@link LeaveOneSourceOut})
 * reweighted to each share, the mean F1 over the shares and over the sources that hold both fakes and real
 * accounts (a fakes-only source has no precision to judge). The same threshold for every source, as shipped.
 */
public final class RealisticThreshold {

    /** One source's mean F1 over the realistic shares at the chosen threshold and at the report's own. */
    public record PerSource(String source, double meanF1, double meanF1AtReportThreshold, BinaryMetrics atChosen) {}

    public record Choice(
            double threshold,
            double meanF1,
            double reportThreshold,
            double meanF1AtReportThreshold,
            List<PerSource> sources) {}

    /**
     * The threshold chosen without a source, judged on it: the choice made on the out-of-source predictions of the
     * other sources only (models trained without the source and without the one each predicts), then applied to the
     * source's own out-of-source predictions. This is the honest figure for the procedure that picks the shipped
     * threshold, which sees every source.
     */
    public record Nested(String source, double threshold, BinaryMetrics metrics, double meanF1) {}

    private RealisticThreshold() {}

    /** Needs at least three sources (each inner choice needs two); none for fewer. */
    public static List<Nested> nested(
            List<LabelledSource> sources, FakeAccountTrainer trainer, LeaveOneSourceOut.Report outer) {
        List<Nested> out = new ArrayList<>();
        if (sources.size() < 3) {
            return out;
        }
        for (LabelledSource left : sources) {
            List<LabelledSource> inner = sources.stream().filter(s -> s != left).toList();
            double t = of(LeaveOneSourceOut.run(inner, trainer)).threshold();
            LeaveOneSourceOut.SourceResult judged = outer.of(left.name());
            out.add(new Nested(
                    left.name(), t, BinaryMetrics.of(judged.probabilities(), judged.fake(), t), meanF1(judged, t)));
        }
        return out;
    }

    public static Choice of(LeaveOneSourceOut.Report report) {
        double best = report.threshold();
        double bestScore = meanF1(report, best);
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double score = meanF1(report, t);
            if (score > bestScore + 1e-12) {
                best = t;
                bestScore = score;
            }
        }
        List<PerSource> per = new ArrayList<>();
        for (LeaveOneSourceOut.SourceResult s : report.sources()) {
            BinaryMetrics chosen = BinaryMetrics.of(s.probabilities(), s.fake(), best);
            per.add(new PerSource(s.source(), meanF1(s, best), meanF1(s, report.threshold()), chosen));
        }
        return new Choice(best, bestScore, report.threshold(), meanF1(report, report.threshold()), per);
    }

    static double meanF1(LeaveOneSourceOut.Report report, double threshold) {
        double sum = 0;
        int n = 0;
        for (LeaveOneSourceOut.SourceResult s : report.sources()) {
            double f1 = meanF1(s, threshold);
            if (!Double.isNaN(f1)) {
                sum += f1;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** NaN for a source with one class only. */
    static double meanF1(LeaveOneSourceOut.SourceResult s, double threshold) {
        BinaryMetrics m = BinaryMetrics.of(s.probabilities(), s.fake(), threshold);
        if (m.falsePositiveRate() == null || m.recall() == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (double share : ThresholdChoice.REALISTIC_FAKE_SHARES) {
            Double f1 = m.atPrior(share).f1();
            sum += f1 == null ? 0 : f1;
        }
        return sum / ThresholdChoice.REALISTIC_FAKE_SHARES.length;
    }
}
