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
 *   <li>The threshold comes from a {@code thresholdFolds}-fold cross-validation inside the training data
 *       ({@link ThresholdChoice}), so an outer evaluation never sees its test rows twice.</li>
 * </ol>
 */
public final class FakeAccountTrainer {

    /** Settings of a training run; {@link #defaults()} are those of the shipped model. */
    public record Settings(List<AccountFeature> features, int trees, int maxDepth, double learningRate,
                           double lambda, double minChildHessian, int dropoutCopies, double dropoutProbability,
                           int thresholdFolds, long seed) {
        public Settings {
            features = List.copyOf(features);
            if (features.isEmpty() || dropoutCopies < 1 || dropoutProbability < 0 || dropoutProbability >= 1
                    || thresholdFolds < 2) {
                throw new IllegalArgumentException("invalid training settings");
            }
        }

        public static Settings defaults() {
            return new Settings(AccountFeature.defaults(), 200, 2, 0.1, 1.0, 0.5, 5, 0.3, 5, 20191001L);
        }

        public Settings withFeatures(List<AccountFeature> other) {
            return new Settings(other, trees, maxDepth, learningRate, lambda, minChildHessian, dropoutCopies,
                    dropoutProbability, thresholdFolds, seed);
        }

        TreeBooster.Settings booster() {
            return new TreeBooster.Settings(trees, maxDepth, learningRate, lambda, minChildHessian,
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

    public FakeAccountModel train(List<LabelledAccount> data, String description) {
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
                    heldOut[i] = trees.probability(AccountFeature.vector(settings.features(), data.get(i).profile()));
                }
            }
        }
        double threshold = ThresholdChoice.choose(heldOut, fake, ThresholdChoice.REALISTIC_FAKE_SHARES);
        BinaryMetrics atThreshold = BinaryMetrics.of(heldOut, fake, threshold);
        AccountClassifier.ErrorRates rates = atThreshold.recall() == null || atThreshold.falsePositiveRate() == null
                || atThreshold.recall() <= atThreshold.falsePositiveRate() ? null
                : new AccountClassifier.ErrorRates(atThreshold.recall(), atThreshold.falsePositiveRate());
        return new FakeAccountModel(settings.features(), fitTrees(data), threshold, rates, description);
    }

    /** The trees alone, fitted on the data and its feature-dropout copies. */
    public BoostedTrees fitTrees(List<LabelledAccount> data) {
        Random random = new Random(settings.seed());
        int copies = settings.dropoutCopies();
        int n = data.size() * copies;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] w = new double[n];
        AccountInput[] inputs = AccountInput.values();
        int row = 0;
        for (LabelledAccount account : data) {
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
                y[row] = account.fake() ? 1 : 0;
                w[row] = 1.0 / copies;
                row++;
            }
        }
        return TreeBooster.train(x, y, w, settings.booster());
    }

    static boolean[] labels(List<LabelledAccount> data) {
        boolean[] fake = new boolean[data.size()];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = data.get(i).fake();
        }
        return fake;
    }
}
