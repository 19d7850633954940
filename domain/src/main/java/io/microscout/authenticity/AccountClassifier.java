package io.microscout.authenticity;

/** Anything that tells a fake account from a real one by its profile ({@link FakeAccountModel}, a test rule). */
@FunctionalInterface
public interface AccountClassifier {
    AccountVerdict classify(AccountProfile profile);

    /** How often it errs on held-out accounts, if measured; lets an audience estimate correct for it. */
    default ErrorRates errorRates() {
        return null;
    }

    /**
     * @param recall            share of fakes called fake (sensitivity)
     * @param falsePositiveRate share of real accounts called fake (1 - specificity)
     */
    record ErrorRates(double recall, double falsePositiveRate) {
        public ErrorRates {
            if (!(recall > falsePositiveRate) || recall > 1 || falsePositiveRate < 0) {
                throw new IllegalArgumentException("need 0 <= falsePositiveRate < recall <= 1, got " + falsePositiveRate
                        + " and " + recall);
            }
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
