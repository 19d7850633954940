package io.microscout.authenticity;

/**
 * What a follower sample says about a creator's audience, in HypeAuditor's audience types: suspicious
 * accounts (fakes, as told by the account classifier), mass followers (following more than 1,500 accounts,
 * HypeAuditor's definition) and real followers (the rest). Shares come with a 95% Wilson interval, so a
 * sample of 30 says less than one of 1,000.
 *
 * <p>When the classifier knows its error rates, the share of suspicious accounts is corrected for them
 * ({@link AccountClassifier.ErrorRates#estimate}): with few fakes in an audience, most flagged accounts would
 * otherwise be real ones called fake. With rates measured on one population that is Rogan–Gladen and the Wilson
 * interval passed through it; with rates that vary between the populations the classifier was not trained on, a
 * posterior over the true share that lets the rates vary as measured ({@link FakeShareEstimate}).
 *
 * @param flaggedShare      share of the sample the classifier called fake
 * @param suspiciousShare   estimated share of fakes (corrected when {@code corrected})
 * @param realShare         estimated share of real followers: 1 - suspicious - mass followers
 * @param inputsMissing     accounts scored with at least one classifier input missing
 * @param correctionBasis   where the error rates of the correction were measured
 *                          ({@link AccountClassifier#errorRatesBasis}), or null when not corrected
 */
public record AudienceComposition(
        int sampleSize,
        int flagged,
        int massFollowers,
        double flaggedShare,
        double suspiciousShare,
        WilsonInterval suspiciousInterval,
        double massFollowerShare,
        double realShare,
        WilsonInterval realInterval,
        boolean corrected,
        int inputsMissing,
        String correctionBasis) {

    /** HypeAuditor: a mass follower follows more than 1,500 accounts. */
    public static final long MASS_FOLLOWER_FOLLOWING = 1_500;

    public static AudienceComposition of(FollowerSample sample, AccountClassifier classifier) {
        int n = sample.size();
        if (n == 0) {
            throw new IllegalArgumentException("the follower sample of " + sample.creator() + " is empty");
        }
        int flagged = 0;
        int mass = 0;
        int partial = 0;
        for (AccountProfile follower : sample.followers()) {
            AccountClassifier.Flags verdict = classifier.flags(follower);
            if (verdict.inputsMissing()) {
                partial++;
            }
            if (verdict.fake()) {
                flagged++;
            } else if (follower.following() != null && follower.following() > MASS_FOLLOWER_FOLLOWING) {
                mass++;
            }
        }
        double flaggedShare = flagged / (double) n;
        double massShare = mass / (double) n;
        WilsonInterval flaggedInterval = WilsonInterval.of95(flagged, n);
        AccountClassifier.ErrorRates rates = classifier.errorRates();
        if (rates == null) {
            return new AudienceComposition(
                    n,
                    flagged,
                    mass,
                    flaggedShare,
                    flaggedShare,
                    flaggedInterval,
                    massShare,
                    (n - flagged - mass) / (double) n,
                    WilsonInterval.of95(n - flagged - mass, n),
                    false,
                    partial,
                    null);
        }
        FakeShareEstimate estimate = rates.estimate(flagged, n);
        double suspicious = estimate.share();
        WilsonInterval suspiciousInterval = estimate.interval();
        double real = clamp(1 - suspicious - massShare);
        WilsonInterval realInterval = new WilsonInterval(
                clamp(1 - suspiciousInterval.high() - massShare),
                clamp(1 - suspiciousInterval.low() - massShare),
                flaggedInterval.level());
        return new AudienceComposition(
                n,
                flagged,
                mass,
                flaggedShare,
                suspicious,
                suspiciousInterval,
                massShare,
                real,
                realInterval,
                true,
                partial,
                classifier.errorRatesBasis());
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
