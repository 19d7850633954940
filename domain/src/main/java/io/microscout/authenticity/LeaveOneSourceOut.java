package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges the fake-account classifier on populations it was not trained on: for each labelled source, a model
 * is trained on all the other sources and tested on that one, at one threshold for all. Per source: accuracy,
 * sensitivity, specificity, ROC AUC, Brier score and a reliability table, plus the held-out probabilities so
 * that audience estimates can be checked on them ({@link AudienceCoverage}).
 */
public final class LeaveOneSourceOut {

    /** Accounts whose predicted probability fell in [from, to): how many, the mean prediction, the share fake. */
    public record ReliabilityBin(
            double from, double to, int accounts, Double meanPredicted, Double observedFakeShare) {}

    /**
     * @param brier mean squared difference between the probability and the truth (0 = perfect; 0.25 = a coin)
     */
    public record SourceResult(
            String source,
            String platform,
            int accounts,
            long fakes,
            BinaryMetrics metrics,
            Double specificity,
            double brier,
            List<ReliabilityBin> reliability,
            double[] probabilities,
            boolean[] fake) {}

    public record Report(double threshold, List<SourceResult> sources) {
        public SourceResult of(String source) {
            return sources.stream()
                    .filter(s -> s.source().equals(source))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no source " + source));
        }
    }

    static final int BINS = 10;

    private LeaveOneSourceOut() {}

    /** Needs at least two sources and a trainer with a fixed threshold (the one threshold all are judged at). */
    public static Report run(List<LabelledSource> sources, FakeAccountTrainer trainer) {
        if (sources.size() < 2) {
            throw new IllegalArgumentException(
                    "leave-one-source-out needs at least two sources, got " + sources.size());
        }
        Double threshold = trainer.settings().fixedThreshold();
        if (threshold == null) {
            throw new IllegalArgumentException("leave-one-source-out judges every source at one fixed threshold");
        }
        List<SourceResult> results = new ArrayList<>();
        for (LabelledSource out : sources) {
            List<LabelledAccount> train = new ArrayList<>();
            sources.stream().filter(s -> s != out).forEach(s -> train.addAll(s.accounts()));
            BoostedTrees trees = trainer.fitTrees(train);
            List<LabelledAccount> test = out.accounts();
            double[] p = new double[test.size()];
            boolean[] y = new boolean[test.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = trees.probability(AccountFeature.vector(
                        trainer.settings().features(), test.get(i).profile()));
                y[i] = test.get(i).fake();
            }
            results.add(judge(out, p, y, threshold));
        }
        return new Report(threshold, results);
    }

    static SourceResult judge(LabelledSource source, double[] p, boolean[] y, double threshold) {
        BinaryMetrics m = BinaryMetrics.of(p, y, threshold);
        double brier = 0;
        for (int i = 0; i < p.length; i++) {
            brier += Math.pow(p[i] - (y[i] ? 1 : 0), 2);
        }
        return new SourceResult(
                source.name(),
                source.platform(),
                p.length,
                source.fakes(),
                m,
                m.specificity(),
                brier / p.length,
                reliability(p, y),
                p,
                y);
    }

    static List<ReliabilityBin> reliability(double[] p, boolean[] y) {
        int[] n = new int[BINS];
        double[] sum = new double[BINS];
        int[] fakes = new int[BINS];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(BINS - 1, (int) Math.floor(p[i] * BINS));
            n[b]++;
            sum[b] += p[i];
            fakes[b] += y[i] ? 1 : 0;
        }
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            bins.add(new ReliabilityBin(
                    b / (double) BINS,
                    (b + 1) / (double) BINS,
                    n[b],
                    n[b] == 0 ? null : sum[b] / n[b],
                    n[b] == 0 ? null : fakes[b] / (double) n[b]));
        }
        return bins;
    }

    /**
     * The error rates measured out of source, for audience estimates: mean recall over the sources with fakes and
     * mean false-positive rate over those with real accounts, each with its spread across sources. Sources named in
     * {@code except} are left out (to judge an estimate on a source with rates that did not see it).
     */
    public static AccountClassifier.ErrorRates outOfSourceRates(Report report, java.util.Set<String> except) {
        List<Double> recalls = new ArrayList<>();
        List<Double> fprs = new ArrayList<>();
        for (SourceResult s : report.sources()) {
            if (except.contains(s.source())) {
                continue;
            }
            if (s.metrics().recall() != null) {
                recalls.add(s.metrics().recall());
            }
            if (s.metrics().falsePositiveRate() != null) {
                fprs.add(s.metrics().falsePositiveRate());
            }
        }
        if (recalls.isEmpty() || fprs.isEmpty()) {
            return null;
        }
        double r = mean(recalls);
        double f = mean(fprs);
        return r > f ? new AccountClassifier.ErrorRates(r, f, sd(recalls), sd(fprs)) : null;
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double sd(List<Double> xs) {
        if (xs.size() < 2) {
            return 0;
        }
        double m = mean(xs);
        return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1));
    }
}
