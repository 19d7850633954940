package io.microscout.authenticity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Checks the audience fake-share estimate where the truth is known: follower samples drawn from one labelled
 * source's out-of-source predictions ({@link LeaveOneSourceOut}) with a chosen share of fakes, each estimated,
 * and the 95% interval ({@link AccountClassifier.ErrorRates#estimate}) checked for covering the truth: with
 * the error rates of the <em>other</em> sources ({@link #check}), or with rates measured on a labelled sample of the
 * population itself ({@link #checkCalibrated}).
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

    /**
     * Each audience estimated with the error rates measured out of source, on the other sources (as for a
     * creator whose audience no source describes).
     */
    public static List<Row> check(LeaveOneSourceOut.Report report, double[] shares, int size, int samples, long seed) {
        List<Row> rows = new ArrayList<>();
        for (Population p : populations(report)) {
            AccountClassifier.ErrorRates rates = LeaveOneSourceOut.outOfSourceRates(report, p.involved());
            if (rates == null) {
                continue;
            }
            for (double share : shares) {
                rows.add(draw(p, (f, r) -> rates, 0, share, size, samples, random(seed, p, share)));
            }
        }
        return rows;
    }

    /**
     * Each audience estimated with the error rates measured on {@code labelledPerClass} fake and as many real
     * accounts of the audience's own population ({@link AccountCalibration}), labelled apart from the audience
     * and drawn again for every audience: what a user who labels a sample of the audiences they vet gets.
     */
    public static List<Row> checkCalibrated(
            LeaveOneSourceOut.Report report, double[] shares, int size, int samples, int labelledPerClass, long seed) {
        List<Row> rows = new ArrayList<>();
        Instant at = Instant.EPOCH;
        for (Population p : populations(report)) {
            for (double share : shares) {
                rows.add(draw(
                        p,
                        (f, r) -> {
                            int fakesFlagged = count(f.subList(0, labelledPerClass));
                            int realsFlagged = count(r.subList(0, labelledPerClass));
                            return new AccountCalibration(
                                            p.name(),
                                            "check",
                                            labelledPerClass,
                                            fakesFlagged,
                                            labelledPerClass,
                                            realsFlagged,
                                            at)
                                    .rates();
                        },
                        labelledPerClass,
                        share,
                        size,
                        samples,
                        random(seed, p, share)));
            }
        }
        return rows;
    }

    /**
     * One labelled source's out-of-source verdicts on its fakes and real accounts; a source with fakes only
     * (bought followers) is paired with the real accounts of the other sources of its platform.
     */
    private record Population(String name, List<Boolean> fakes, List<Boolean> reals, Set<String> involved) {}

    private static List<Population> populations(LeaveOneSourceOut.Report report) {
        List<Population> populations = new ArrayList<>();
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
            if (!fakeFlags.isEmpty() && !realFlags.isEmpty()) {
                populations.add(new Population(population, fakeFlags, realFlags, involved));
            }
        }
        return populations;
    }

    private static Random random(long seed, Population p, double share) {
        return new Random(seed * 31 + p.name().hashCode() + Double.hashCode(share));
    }

    private static int count(List<Boolean> flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** The error rates for one audience, from the shuffled verdicts (the first {@code used} of each are not drawn). */
    private interface RatesPerAudience {
        AccountClassifier.ErrorRates rates(List<Boolean> fakes, List<Boolean> reals);
    }

    private static void collect(
            LeaveOneSourceOut.SourceResult s, double threshold, List<Boolean> fakes, List<Boolean> reals) {
        for (int i = 0; i < s.probabilities().length; i++) {
            (s.fake()[i] ? fakes : reals).add(s.probabilities()[i] >= threshold);
        }
    }

    private static Row draw(
            Population p,
            RatesPerAudience ratesPerAudience,
            int used,
            double share,
            int size,
            int samples,
            Random random) {
        int fakesLeft = p.fakes().size() - used;
        int realsLeft = p.reals().size() - used;
        int n = (int) Math.min(size, Math.min(Math.floor(fakesLeft / share), Math.floor(realsLeft / (1 - share))));
        int wantFakes = (int) Math.round(share * n);
        double truth = wantFakes / (double) n;
        List<Boolean> f = new ArrayList<>(p.fakes());
        List<Boolean> r = new ArrayList<>(p.reals());
        int covered = 0;
        double flaggedSum = 0;
        double estimateSum = 0;
        double errorSum = 0;
        double widthSum = 0;
        for (int d = 0; d < samples; d++) {
            Collections.shuffle(f, random);
            Collections.shuffle(r, random);
            int flagged = count(f.subList(used, used + wantFakes)) + count(r.subList(used, used + n - wantFakes));
            FakeShareEstimate judged = ratesPerAudience.rates(f, r).estimate(flagged, n);
            double estimate = judged.share();
            WilsonInterval interval = judged.interval();
            covered += interval.low() <= truth && truth <= interval.high() ? 1 : 0;
            flaggedSum += flagged / (double) n;
            estimateSum += estimate;
            errorSum += Math.abs(estimate - truth);
            widthSum += interval.width();
        }
        return new Row(
                p.name(),
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
