package io.microscout.authenticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Stratified k-fold cross-validation of the fake-account classifier, and its robustness: the same held-out
 * accounts scored with inputs left out (as from sources that lack them), and judged at other shares of
 * fakes than the data's (by reweighting, and by subsampling the fakes).
 */
public final class FakeAccountEvaluation {

    /** A way of losing inputs: the held-out accounts are scored without them. */
    public record Scenario(String name, Set<AccountInput> missing) {
        public Scenario {
            missing = missing.isEmpty() ? Set.of() : EnumSet.copyOf(missing);
        }
    }

    public record FoldResult(int fold, BinaryMetrics metrics) {}

    public record ScenarioResult(Scenario scenario, BinaryMetrics metrics) {}

    /** Decisions judged on an audience with that share of fakes; {@code method} says how it was simulated. */
    public record PriorShiftRow(
            double fakeShare, String method, Double precision, Double recall, Double f1, Double accuracy) {}

    /**
     * Audiences drawn from the held-out accounts with a given share of fakes: the mean share the classifier
     * flags, the mean estimate corrected for its error rates ({@link AudienceComposition}), and the mean
     * absolute error of each against the truth.
     */
    public record AudienceEstimateRow(
            double fakeShare,
            int audienceSize,
            double meanFlagged,
            double meanCorrected,
            double flaggedAbsoluteError,
            double correctedAbsoluteError) {}

    public record Report(
            int accounts,
            int fakes,
            int folds,
            long seed,
            BinaryMetrics pooled,
            List<FoldResult> perFold,
            List<ScenarioResult> missingInputs,
            List<PriorShiftRow> priorShift,
            List<AudienceEstimateRow> audienceEstimates) {

        public double accuracyStandardDeviation() {
            double mean = perFold.stream()
                    .mapToDouble(f -> f.metrics().accuracy())
                    .average()
                    .orElse(Double.NaN);
            return Math.sqrt(perFold.stream()
                            .mapToDouble(f -> Math.pow(f.metrics().accuracy() - mean, 2))
                            .sum()
                    / Math.max(1, perFold.size() - 1));
        }
    }

    /** Scenarios checked by default: each input alone left out, and the partial exports met in practice. */
    public static List<Scenario> standardScenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("all inputs", Set.of()));
        for (AccountInput input : List.of(
                AccountInput.FOLLOWERS,
                AccountInput.FOLLOWING,
                AccountInput.POSTS,
                AccountInput.BIO_LENGTH,
                AccountInput.PROFILE_PICTURE,
                AccountInput.USERNAME)) {
            scenarios.add(new Scenario("without " + input.id(), Set.of(input)));
        }
        scenarios.add(new Scenario(
                "counts only (followers, following, posts)",
                Set.of(
                        AccountInput.BIO_LENGTH,
                        AccountInput.PROFILE_PICTURE,
                        AccountInput.USERNAME,
                        AccountInput.PRIVATE)));
        scenarios.add(new Scenario(
                "followers and following only",
                Set.of(
                        AccountInput.POSTS,
                        AccountInput.BIO_LENGTH,
                        AccountInput.PROFILE_PICTURE,
                        AccountInput.USERNAME,
                        AccountInput.PRIVATE)));
        scenarios.add(new Scenario(
                "no counts (bio, picture, username)",
                Set.of(AccountInput.FOLLOWERS, AccountInput.FOLLOWING, AccountInput.POSTS)));
        return scenarios;
    }

    /** Random audiences drawn from the held-out accounts: this many per share of fakes. */
    static final int DRAWS = 200;

    private FakeAccountEvaluation() {}

    /** Draws accounts without replacement, a given number of each class. */
    private static final class Draws {
        final List<Integer> fakes = new ArrayList<>();
        final List<Integer> reals = new ArrayList<>();

        Draws(boolean[] fake) {
            for (int i = 0; i < fake.length; i++) {
                (fake[i] ? fakes : reals).add(i);
            }
        }

        List<Integer> draw(Random random, int nFakes, int nReals) {
            java.util.Collections.shuffle(fakes, random);
            java.util.Collections.shuffle(reals, random);
            List<Integer> rows = new ArrayList<>(fakes.subList(0, nFakes));
            rows.addAll(reals.subList(0, nReals));
            return rows;
        }
    }

    public static Report run(
            List<LabelledAccount> data,
            FakeAccountTrainer trainer,
            int folds,
            long seed,
            List<Scenario> scenarios,
            double[] shiftedShares) {
        boolean[] fake = FakeAccountTrainer.labels(data);
        int[] fold = StratifiedFolds.assign(fake, folds, seed);
        double[][] probabilities = new double[scenarios.size()][data.size()];
        double[] thresholds = new double[data.size()];
        AccountClassifier.ErrorRates[] rates = new AccountClassifier.ErrorRates[data.size()];
        List<FoldResult> perFold = new ArrayList<>();
        List<AccountFeature> features = trainer.settings().features();
        for (int k = 0; k < folds; k++) {
            List<LabelledAccount> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == k) {
                    test.add(i);
                } else {
                    train.add(data.get(i));
                }
            }
            FakeAccountModel model = trainer.train(train, "fold " + k);
            for (int i : test) {
                thresholds[i] = model.threshold();
                rates[i] = model.heldOut();
                for (int s = 0; s < scenarios.size(); s++) {
                    AccountProfile profile =
                            data.get(i).profile().without(scenarios.get(s).missing());
                    probabilities[s][i] = model.trees().probability(AccountFeature.vector(features, profile));
                }
            }
            double[] p = test.stream().mapToDouble(i -> probabilities[0][i]).toArray();
            boolean[] y = new boolean[test.size()];
            for (int j = 0; j < y.length; j++) {
                y[j] = fake[test.get(j)];
            }
            perFold.add(new FoldResult(k, BinaryMetrics.of(p, y, model.threshold())));
        }
        double meanThreshold = Arrays.stream(thresholds).average().orElse(Double.NaN);
        List<ScenarioResult> missing = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            missing.add(new ScenarioResult(
                    scenarios.get(s), BinaryMetrics.of(probabilities[s], fake, thresholds, meanThreshold)));
        }
        BinaryMetrics pooled = missing.get(0).metrics();
        List<PriorShiftRow> shift = new ArrayList<>();
        for (double share : shiftedShares) {
            BinaryMetrics.PriorShifted r = pooled.atPrior(share);
            shift.add(new PriorShiftRow(share, "reweighted", r.precision(), r.recall(), r.f1(), r.accuracy()));
            shift.add(subsampled(probabilities[0], fake, thresholds, share, seed));
        }
        int fakes = 0;
        for (boolean f : fake) {
            fakes += f ? 1 : 0;
        }
        List<AudienceEstimateRow> audiences = new ArrayList<>();
        for (double share : shiftedShares) {
            audiences.add(audienceEstimate(probabilities[0], fake, thresholds, rates, share, 200, seed));
        }
        return new Report(data.size(), fakes, folds, seed, pooled, perFold, missing, shift, audiences);
    }

    /**
     * Audiences of {@code size} held-out accounts (fewer when the data holds too few of a class) with that share
     * of fakes, drawn with a seed.
     */
    static AudienceEstimateRow audienceEstimate(
            double[] p,
            boolean[] fake,
            double[] thresholds,
            AccountClassifier.ErrorRates[] rates,
            double share,
            int size,
            long seed) {
        Draws draws = new Draws(fake);
        size = (int) Math.min(
                size, Math.min(Math.floor(draws.fakes.size() / share), Math.floor(draws.reals.size() / (1 - share))));
        int wantFakes = (int) Math.round(share * size);
        Random random = new Random(seed * 31 + Double.hashCode(share));
        double flaggedSum = 0;
        double correctedSum = 0;
        double flaggedError = 0;
        double correctedError = 0;
        for (int d = 0; d < DRAWS; d++) {
            List<Integer> rows = draws.draw(random, wantFakes, size - wantFakes);
            int flagged = 0;
            double corrected = 0;
            for (int i : rows) {
                boolean f = p[i] >= thresholds[i];
                flagged += f ? 1 : 0;
            }
            double flaggedShare = flagged / (double) size;
            // each account's fold model knows its own error rates; the audience is judged with their mean
            double recall = rows.stream()
                    .mapToDouble(i -> rates[i] == null ? 1 : rates[i].recall())
                    .average()
                    .orElse(1);
            double fpr = rows.stream()
                    .mapToDouble(i -> rates[i] == null ? 0 : rates[i].falsePositiveRate())
                    .average()
                    .orElse(0);
            corrected = new AccountClassifier.ErrorRates(recall, fpr).trueShare(flaggedShare);
            flaggedSum += flaggedShare;
            correctedSum += corrected;
            flaggedError += Math.abs(flaggedShare - share);
            correctedError += Math.abs(corrected - share);
        }
        return new AudienceEstimateRow(
                share, size, flaggedSum / DRAWS, correctedSum / DRAWS, flaggedError / DRAWS, correctedError / DRAWS);
    }

    /** Mean over DRAWS draws that keep every real account and subsample the fakes (or the reals) to the share. */
    static PriorShiftRow subsampled(double[] p, boolean[] fake, double[] thresholds, double share, long seed) {
        Draws draws = new Draws(fake);
        int wantFakes = (int) Math.round(share / (1 - share) * draws.reals.size());
        int wantReals = draws.reals.size();
        if (wantFakes > draws.fakes.size()) {
            wantFakes = draws.fakes.size();
            wantReals = (int) Math.round((1 - share) / share * draws.fakes.size());
        }
        Random random = new Random(seed ^ Double.hashCode(share));
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double accuracy = 0;
        for (int d = 0; d < DRAWS; d++) {
            List<Integer> rows = draws.draw(random, wantFakes, wantReals);
            double[] ps = rows.stream().mapToDouble(i -> p[i]).toArray();
            double[] ts = rows.stream().mapToDouble(i -> thresholds[i]).toArray();
            boolean[] ys = new boolean[rows.size()];
            for (int j = 0; j < ys.length; j++) {
                ys[j] = fake[rows.get(j)];
            }
            BinaryMetrics m = BinaryMetrics.of(ps, ys, ts, 0);
            precision += m.precision() == null ? 0 : m.precision();
            recall += m.recall() == null ? 0 : m.recall();
            f1 += m.f1() == null ? 0 : m.f1();
            accuracy += m.accuracy();
        }
        return new PriorShiftRow(
                share,
                "subsampled (" + wantFakes + " fakes, " + wantReals + " real, mean of " + DRAWS + " draws)",
                precision / DRAWS,
                recall / DRAWS,
                f1 / DRAWS,
                accuracy / DRAWS);
    }
}
