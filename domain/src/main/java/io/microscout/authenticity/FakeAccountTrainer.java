package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link FakeAccountModel}, reproducibly (fixed seed).
 * <ol>
 *   <li>Feature dropout: besides each account as it is, {@code dropoutCopies - 1} copies are added in which
 *       each input is forgotten with probability {@code dropoutProbability}, so that every split learns where
 *       accounts with that input missing belong, and the model scores partial profiles (an export without
 *       biographies, a platform without profile pictures) from what they do show.</li>
 *   <li>Base rates on purpose: every source weighs the same in total, whatever its size, and inside a source
 *       fakes and real accounts weigh half each (a one-class source weighs half a source); overall fakes and
 *       real accounts then weigh the same. Purba's 33k bought fakes (76%) no longer drown InstaFake's 1,194
 *       accounts, and no source's share of fakes is learned as a prior. A source larger than
 *       {@code maxPerSource} is subsampled (stratified, seeded) to bound training time. A feature that no source
 *       with both classes gives is not learned from (it would tell sources apart, not fakes from real
 *       accounts: account age only in a set of bought fakes means "has an age, so fake").</li>
 *   <li>The threshold is either fixed in the settings (the multi-source model: chosen by the leave-one-source-out
 *       evaluation, docs/authenticity.md) or comes from a {@code thresholdFolds}-fold cross-validation inside the
 *       training data ({@link ThresholdChoice}), so an outer evaluation never sees its test rows twice.</li>
 * </ol>
 */
public final class FakeAccountTrainer {

    /** Settings of a training run; {@link #defaults()} are those of the shipped model. */
    public record Settings(
            List<AccountFeature> features,
            int trees,
            int maxDepth,
            double learningRate,
            double lambda,
            double minChildHessian,
            int dropoutCopies,
            double dropoutProbability,
            int thresholdFolds,
            long seed,
            Double fixedThreshold,
            int maxPerSource) {
        /**
         * The threshold of the shipped multi-source model. Training weighs fakes and real accounts the same, so 0.5
         * is where a fake and a real account are equally likely; the leave-one-source-out evaluation
         * (docs/authenticity.md, "Leave one source out") judges every left-out source at this one value. It was
         * not tuned further (each evaluation run takes minutes on this machine).
         */
        public static final double SHIPPED_THRESHOLD = 0.5;

        public Settings {
            features = List.copyOf(features);
            if (features.isEmpty()
                    || dropoutCopies < 1
                    || dropoutProbability < 0
                    || dropoutProbability >= 1
                    || thresholdFolds < 2
                    || maxPerSource < 0
                    || (fixedThreshold != null && !(fixedThreshold > 0 && fixedThreshold < 1))) {
                throw new IllegalArgumentException("invalid training settings");
            }
        }

        public static Settings defaults() {
            return new Settings(
                    AccountFeature.defaults(), 200, 2, 0.1, 1.0, 0.5, 5, 0.3, 5, 20191001L, SHIPPED_THRESHOLD, 2000);
        }

        public Settings withFeatures(List<AccountFeature> other) {
            return with(other, fixedThreshold, maxPerSource);
        }

        public Settings withThreshold(Double threshold) {
            return with(features, threshold, maxPerSource);
        }

        /** These settings with sources subsampled to {@code n} accounts each (0: no subsampling). */
        public Settings withMaxPerSource(int n) {
            return with(features, fixedThreshold, n);
        }

        private Settings with(List<AccountFeature> otherFeatures, Double threshold, int perSource) {
            return new Settings(
                    otherFeatures,
                    trees,
                    maxDepth,
                    learningRate,
                    lambda,
                    minChildHessian,
                    dropoutCopies,
                    dropoutProbability,
                    thresholdFolds,
                    seed,
                    threshold,
                    perSource);
        }

        TreeBooster.Settings booster() {
            return new TreeBooster.Settings(
                    trees,
                    maxDepth,
                    learningRate,
                    lambda,
                    minChildHessian,
                    features.stream().mapToInt(AccountFeature::monotone).toArray());
        }
    }

    private final Settings settings;

    public FakeAccountTrainer(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * A model with the fixed threshold and error rates measured elsewhere (out of source), without the inner
     * cross-validation; needs {@code fixedThreshold}.
     */
    public FakeAccountModel train(List<LabelledAccount> data, AccountClassifier.ErrorRates rates, String description) {
        if (settings.fixedThreshold() == null) {
            throw new IllegalStateException("training with outside error rates needs a fixed threshold");
        }
        return new FakeAccountModel(settings.features(), fitTrees(data), settings.fixedThreshold(), rates, description);
    }

    public FakeAccountModel train(List<LabelledAccount> data, String description) {
        data = capped(data);
        boolean[] fake = labels(data);
        int[] fold = StratifiedFolds.assign(fake, settings.thresholdFolds(), settings.seed() + 1);
        double[] heldOut = new double[data.size()];
        for (int k = 0; k < settings.thresholdFolds(); k++) {
            List<LabelledAccount> train = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != k) {
                    train.add(data.get(i));
                }
            }
            BoostedTrees trees = fitTrees(train);
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == k) {
                    heldOut[i] = trees.probability(AccountFeature.vector(
                            settings.features(), data.get(i).profile()));
                }
            }
        }
        double threshold = settings.fixedThreshold() != null
                ? settings.fixedThreshold()
                : ThresholdChoice.choose(heldOut, fake, ThresholdChoice.REALISTIC_FAKE_SHARES);
        BinaryMetrics atThreshold = BinaryMetrics.of(heldOut, fake, threshold);
        AccountClassifier.ErrorRates rates = atThreshold.recall() == null
                        || atThreshold.falsePositiveRate() == null
                        || atThreshold.recall() <= atThreshold.falsePositiveRate()
                ? null
                : new AccountClassifier.ErrorRates(atThreshold.recall(), atThreshold.falsePositiveRate());
        return new FakeAccountModel(settings.features(), fitTrees(data), threshold, rates, description);
    }

    /** The trees alone, fitted on the data and its feature-dropout copies. */
    public BoostedTrees fitTrees(List<LabelledAccount> data) {
        TrainingRows rows = rows(data);
        return TreeBooster.train(rows.x(), rows.y(), rows.w(), settings.booster());
    }

    /**
     * What the trees learn from: one row per account and feature-dropout copy (NaN = unknown, or a feature no
     * source with both classes gives), the label (1 = fake), the weight, and each feature's monotone constraint.
     * Public so that another learner can be compared on exactly the same rows ({@code bench booster}).
     */
    public record TrainingRows(double[][] x, int[] y, double[] w, int[] monotone) {}

    public TrainingRows rows(List<LabelledAccount> data) {
        data = capped(data);
        double[] weights = SourceWeights.of(data);
        boolean[] usable = SourceWeights.usableFeatures(data, settings.features());
        Random random = new Random(settings.seed());
        int copies = settings.dropoutCopies();
        int n = data.size() * copies;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] w = new double[n];
        AccountInput[] inputs = AccountInput.values();
        int row = 0;
        for (int a = 0; a < data.size(); a++) {
            LabelledAccount account = data.get(a);
            for (int c = 0; c < copies; c++) {
                AccountProfile profile = account.profile();
                if (c > 0) {
                    EnumSet<AccountInput> dropped = EnumSet.noneOf(AccountInput.class);
                    for (AccountInput input : inputs) {
                        if (random.nextDouble() < settings.dropoutProbability()) {
                            dropped.add(input);
                        }
                    }
                    profile = profile.without(dropped);
                }
                x[row] = AccountFeature.vector(settings.features(), profile);
                for (int f = 0; f < usable.length; f++) {
                    if (!usable[f]) {
                        x[row][f] = Double.NaN;
                    }
                }
                y[row] = account.fake() ? 1 : 0;
                w[row] = weights[a] / copies;
                row++;
            }
        }
        return new TrainingRows(
                x,
                y,
                w,
                settings.features().stream().mapToInt(AccountFeature::monotone).toArray());
    }

    /** Each source with at most {@code maxPerSource} accounts (a stratified, seeded subsample); 0 keeps all. */
    List<LabelledAccount> capped(List<LabelledAccount> data) {
        return SourceWeights.capped(data, settings.maxPerSource(), settings.seed());
    }

    static boolean[] labels(List<LabelledAccount> data) {
        boolean[] fake = new boolean[data.size()];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = data.get(i).fake();
        }
        return fake;
    }
}
