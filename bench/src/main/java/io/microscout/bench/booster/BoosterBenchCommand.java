package io.microscout.bench.booster;

import io.microscout.authenticity.AccountFeature;
import io.microscout.authenticity.BinaryMetrics;
import io.microscout.authenticity.BoostedTrees;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.LabelledSource;
import io.microscout.authenticity.StratifiedFolds;
import io.microscout.importer.accounts.LabelledSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench booster}: MicroScout's booster against XGBoost on the same splits. One {@code --data}: k-fold
 * cross-validation (the folds of {@code eval authenticity}); several: leave one source out. Both learners get the
 * same rows ({@link FakeAccountTrainer#rows}: source weighting, feature dropout, capped sources) and are judged at
 * the shipped threshold.
 */
@Command(
        name = "booster",
        mixinStandardHelpOptions = true,
        description = "Compare the hand-written booster with XGBoost on the same folds (accuracy, sensitivity,"
                + " specificity, ROC AUC, Brier, training time).")
public final class BoosterBenchCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "labelled accounts; repeat for sources")
    List<Path> data;

    @Option(names = "--folds", defaultValue = "10", description = "folds of the cross-validation (one --data)")
    int folds;

    @Option(names = "--max-per-source", description = "subsample sources to N accounts (default: the shipped model's)")
    Integer maxPerSource;

    /** One learner's held-out probabilities on one split, and its training time. */
    private record Run(String split, String learner, double[] p, boolean[] y, long trainMillis) {}

    @Override
    public Integer call() throws Exception {
        FakeAccountTrainer.Settings defaults = FakeAccountTrainer.Settings.defaults();
        FakeAccountTrainer.Settings settings =
                maxPerSource == null ? defaults : defaults.withMaxPerSource(maxPerSource);
        FakeAccountTrainer trainer = new FakeAccountTrainer(settings);
        List<LabelledSource> sources = new ArrayList<>();
        for (Path p : data) {
            sources.add(LabelledSets.read(p));
        }
        List<Run> runs = sources.size() == 1 ? crossValidation(sources.get(0), trainer) : leaveOneOut(sources, trainer);
        print(runs, settings.fixedThreshold());
        return 0;
    }

    private List<Run> crossValidation(LabelledSource source, FakeAccountTrainer trainer) {
        List<LabelledAccount> all = source.accounts();
        boolean[] fake = new boolean[all.size()];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = all.get(i).fake();
        }
        int[] fold = StratifiedFolds.assign(fake, folds, trainer.settings().seed());
        double[][] pooled = new double[2][all.size()];
        long[] millis = new long[2];
        for (int k = 0; k < folds; k++) {
            List<LabelledAccount> train = new ArrayList<>();
            List<Integer> testIndex = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (fold[i] == k) {
                    testIndex.add(i);
                } else {
                    train.add(all.get(i));
                }
            }
            List<LabelledAccount> test = testIndex.stream().map(all::get).toList();
            Run[] pair = both(source.name() + " fold " + k, train, test, trainer);
            for (int l = 0; l < 2; l++) {
                for (int t = 0; t < testIndex.size(); t++) {
                    pooled[l][testIndex.get(t)] = pair[l].p()[t];
                }
                millis[l] += pair[l].trainMillis();
            }
        }
        String split = source.name() + " " + folds + "-fold CV";
        return List.of(
                new Run(split, "MicroScout booster", pooled[0], fake, millis[0]),
                new Run(split, "XGBoost 3.4", pooled[1], fake, millis[1]));
    }

    private List<Run> leaveOneOut(List<LabelledSource> sources, FakeAccountTrainer trainer) {
        List<Run> runs = new ArrayList<>();
        for (LabelledSource out : sources) {
            List<LabelledAccount> train = new ArrayList<>();
            sources.stream().filter(s -> s != out).forEach(s -> train.addAll(s.accounts()));
            Run[] pair = both(out.name() + " left out", train, out.accounts(), trainer);
            runs.add(pair[0]);
            runs.add(pair[1]);
        }
        return runs;
    }

    private static Run[] both(
            String split, List<LabelledAccount> train, List<LabelledAccount> test, FakeAccountTrainer trainer) {
        List<AccountFeature> features = trainer.settings().features();
        double[][] x = new double[test.size()][];
        boolean[] y = new boolean[test.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = AccountFeature.vector(features, test.get(i).profile());
            y[i] = test.get(i).fake();
        }
        long t0 = System.nanoTime();
        BoostedTrees ours = trainer.fitTrees(train);
        long oursMillis = (System.nanoTime() - t0) / 1_000_000;
        double[] p0 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p0[i] = ours.probability(x[i]);
        }
        FakeAccountTrainer.TrainingRows rows = trainer.rows(train);
        long t1 = System.nanoTime();
        Function<double[][], double[]> xgb = new XgboostLearner(trainer.settings()).train(rows);
        long xgbMillis = (System.nanoTime() - t1) / 1_000_000;
        return new Run[] {
            new Run(split, "MicroScout booster", p0, y, oursMillis),
            new Run(split, "XGBoost 3.4", xgb.apply(x), y, xgbMillis)
        };
    }

    private static void print(List<Run> runs, double threshold) {
        System.out.printf(
                Locale.ROOT, "threshold %.2f (the shipped model's), same rows and splits for both%n", threshold);
        System.out.printf(
                Locale.ROOT,
                "%-34s %-20s %8s %8s %8s %8s %7s %9s%n",
                "split",
                "learner",
                "accuracy",
                "sensitiv",
                "specific",
                "ROC AUC",
                "Brier",
                "train ms");
        for (Run r : runs) {
            BinaryMetrics m = BinaryMetrics.of(r.p(), r.y(), threshold);
            Double fpr = m.falsePositiveRate();
            double brier = 0;
            for (int i = 0; i < r.p().length; i++) {
                brier += Math.pow(r.p()[i] - (r.y()[i] ? 1 : 0), 2);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %-20s %8.4f %8s %8s %8s %7.3f %9d%n",
                    r.split(),
                    r.learner(),
                    m.accuracy(),
                    fmt(m.recall()),
                    fpr == null ? "-" : fmt(1 - fpr),
                    fmt(m.rocAuc()),
                    brier / r.p().length,
                    r.trainMillis());
        }
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
