package io.microscout.authenticity;

/** Anything that tells a fake account from a real one by its profile ({@link FakeAccountModel}, a test rule). */
@FunctionalInterface
public interface AccountClassifier {
    AccountVerdict classify(AccountProfile profile);

    /**
     * Only whether the account is called fake and whether an input was missing: what an audience's composition
     * counts, without the explanation {@link #classify} builds. A classifier may answer it more cheaply (the
     * boosted trees skip their per-feature contributions); the answer is the same as {@link #classify}'s.
     */
    default Flags flags(AccountProfile profile) {
        AccountVerdict v = classify(profile);
        return new Flags(v.fake(), !v.missing().isEmpty());
    }

    /** What {@link #flags} answers: called fake, and scored with at least one input missing. */
    record Flags(boolean fake, boolean inputsMissing) {}

    /** Where {@link #errorRates} were measured, as shown beside an audience estimate corrected with them. */
    default String errorRatesBasis() {
        ErrorRates rates = errorRates();
        return rates != null && (rates.recallSd() > 0 || rates.falsePositiveRateSd() > 0)
                ? "the classifier's error rates out of source"
                : "the classifier's error rates on held-out training accounts";
    }

    /** How often it errs on held-out accounts, if measured; lets an audience estimate correct for it. */
    default ErrorRates errorRates() {
        return null;
    }

    /**
     * @param recall              share of fakes called fake (sensitivity)
     * @param falsePositiveRate   share of real accounts called fake (1 - specificity)
     * @param recallSd            how much the recall varies from one population to another (standard deviation
     *                            across left-out sources; 0 when measured on one population only)
     * @param falsePositiveRateSd the same for the false-positive rate
     */
    record ErrorRates(double recall, double falsePositiveRate, double recallSd, double falsePositiveRateSd) {
        public ErrorRates {
            if (!(recall > falsePositiveRate) || recall > 1 || falsePositiveRate < 0) {
                throw new IllegalArgumentException(
                        "need 0 <= falsePositiveRate < recall <= 1, got " + falsePositiveRate + " and " + recall);
            }
            if (!(recallSd >= 0) || !(falsePositiveRateSd >= 0)) {
                throw new IllegalArgumentException("error-rate spreads must not be negative");
            }
        }

        public ErrorRates(double recall, double falsePositiveRate) {
            this(recall, falsePositiveRate, 0, 0);
        }

        /**
         * The share of fakes of an audience where {@code flagged} of {@code n} accounts were flagged, with its 95%
         * interval: Rogan–Gladen with the Wilson interval when the rates are exact (measured on one population),
         * else {@link FakeShareEstimate}, which lets the rates vary between populations as measured.
         */
        public FakeShareEstimate estimate(int flagged, int n) {
            if (recallSd == 0 && falsePositiveRateSd == 0) {
                return new FakeShareEstimate(trueShare(flagged / (double) n), correctedInterval(flagged, n));
            }
            return FakeShareEstimate.of(this, flagged, n);
        }

        /**
         * The corrected share of fakes of an audience where {@code flagged} of {@code n} accounts were flagged, with
         * a 95% interval: the flagged share's Wilson interval passed through {@link #trueShare} when the error rates
         * are exact, widened by the delta-method variance of the Rogan–Gladen estimator when they vary
         * (Var = [Var(f) + p² Var(recall) + (1-p)² Var(fpr)] / (recall - fpr)², Rogan &amp; Gladen 1978;
         * Lang &amp; Reiczigel, Preventive Veterinary Medicine 113, 2014).
         */
        public WilsonInterval correctedInterval(int flagged, int n) {
            WilsonInterval f = WilsonInterval.of95(flagged, n);
            double low = trueShare(f.low());
            double high = trueShare(f.high());
            if (recallSd == 0 && falsePositiveRateSd == 0) {
                return new WilsonInterval(low, high, f.level());
            }
            double p = trueShare(flagged / (double) n);
            double j = recall - falsePositiveRate;
            double rateVariance =
                    (p * p * recallSd * recallSd + (1 - p) * (1 - p) * falsePositiveRateSd * falsePositiveRateSd)
                            / (j * j);
            // the sampling half-widths (asymmetric, from Wilson) and the error-rate spread added in quadrature
            double down = Math.sqrt(Math.pow(p - low, 2) + 1.96 * 1.96 * rateVariance);
            double up = Math.sqrt(Math.pow(high - p, 2) + 1.96 * 1.96 * rateVariance);
            return new WilsonInterval(Math.max(0, p - down), Math.min(1, p + up), f.level());
        }

        /**
         * The share of fakes that makes a classifier with these error rates flag {@code flaggedShare} of an
         * audience (Rogan &amp; Gladen, "Estimating prevalence from the results of a screening test", American
         * Journal of Epidemiology 107, 1978), kept within [0, 1]. At a low true share of fakes, false positives
         * are a large part of the flagged accounts; this removes them.
         */
        public double trueShare(double flaggedShare) {
            double p = (flaggedShare - falsePositiveRate) / (recall - falsePositiveRate);
            return Math.max(0, Math.min(1, p));
        }
    }
}
