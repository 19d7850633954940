package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Checks the audience fake-share estimate where the truth is known: follower samples drawn from one labelled
 * source's out-of-source predictions ({@link LeaveOneSourceOut}) with a chosen share of fakes, each estimated
 * with error rates measured on the <em>other</em> sources (as for a creator whose audience no source describes),
 * and the 95% interval ({@link AccountClassifier.ErrorRates#correctedInterval}) checked for covering the truth.
 * A source with fakes only (bought followers) is paired with the real accounts of the other sources of its
 * platform.
 */
public final class AudienceCoverage {

    /**
     * @param coverage       share of samples whose 95% interval held the true share
     * @param meanEstimate   mean corrected estimate
     * @param meanFlagged    mean share flagged by the classifier
     * @param meanAbsError   mean |estimate - truth|
     * @param meanWidth      mean width of the interval
     */
    public record Row(
            String population,
            double fakeShare,
            int sampleSize,
            int samples,
            double coverage,
            double meanFlagged,
            double meanEstimate,
            double meanAbsError,
            double meanWidth) {}

    private AudienceCoverage() {}

    public static List<Row> check(LeaveOneSourceOut.Report report, double[] shares, int size, int samples, long seed) {
        List<Row> rows = new ArrayList<>();
        for (LeaveOneSourceOut.SourceResult s : report.sources()) {
            List<Boolean> fakeFlags = new ArrayList<>();
            List<Boolean> realFlags = new ArrayList<>();
            Set<String> involved = new HashSet<>(Set.of(s.source()));
            collect(s, report.threshold(), fakeFlags, realFlags);
            String population = s.source();
            if (realFlags.isEmpty()) {
                for (LeaveOneSourceOut.SourceResult other : report.sources()) {
                    if (other != s && other.platform().equals(s.platform())) {
                        List<Boolean> ignoredFakes = new ArrayList<>();
                        collect(other, report.threshold(), ignoredFakes, realFlags);
                        involved.add(other.source());
                        population = s.source() + " fakes + " + other.source() + " real";
                    }
                }
            }
            AccountClassifier.ErrorRates rates = LeaveOneSourceOut.outOfSourceRates(report, involved);
            if (fakeFlags.isEmpty() || realFlags.isEmpty() || rates == null) {
                continue;
            }
            for (double share : shares) {
                rows.add(draw(
                        population,
                        fakeFlags,
                        realFlags,
                        rates,
                        share,
                        size,
                        samples,
                        new Random(seed * 31 + population.hashCode() + Double.hashCode(share))));
            }
        }
        return rows;
    }

    private static void collect(
            LeaveOneSourceOut.SourceResult s, double threshold, List<Boolean> fakes, List<Boolean> reals) {
        for (int i = 0; i < s.probabilities().length; i++) {
            (s.fake()[i] ? fakes : reals).add(s.probabilities()[i] >= threshold);
        }
    }

    static Row draw(
            String population,
            List<Boolean> fakes,
            List<Boolean> reals,
            AccountClassifier.ErrorRates rates,
            double share,
            int size,
            int samples,
            Random random) {
        int n = (int)
                Math.min(size, Math.min(Math.floor(fakes.size() / share), Math.floor(reals.size() / (1 - share))));
        int wantFakes = (int) Math.round(share * n);
        double truth = wantFakes / (double) n;
        List<Boolean> f = new ArrayList<>(fakes);
        List<Boolean> r = new ArrayList<>(reals);
        int covered = 0;
        double flaggedSum = 0;
        double estimateSum = 0;
        double errorSum = 0;
        double widthSum = 0;
        for (int d = 0; d < samples; d++) {
            Collections.shuffle(f, random);
            Collections.shuffle(r, random);
            int flagged = 0;
            for (int i = 0; i < wantFakes; i++) {
                flagged += f.get(i) ? 1 : 0;
            }
            for (int i = 0; i < n - wantFakes; i++) {
                flagged += r.get(i) ? 1 : 0;
            }
            FakeShareEstimate judged = rates.estimate(flagged, n);
            double estimate = judged.share();
            WilsonInterval interval = judged.interval();
            covered += interval.low() <= truth && truth <= interval.high() ? 1 : 0;
            flaggedSum += flagged / (double) n;
            estimateSum += estimate;
            errorSum += Math.abs(estimate - truth);
            widthSum += interval.width();
        }
        return new Row(
                population,
                truth,
                n,
                samples,
                covered / (double) samples,
                flaggedSum / samples,
                estimateSum / samples,
                errorSum / samples,
                widthSum / samples);
    }
}
