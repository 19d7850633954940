package io.microscout.authenticity;

/**
 * What a follower sample says about a creator's audience, in HypeAuditor's audience types: suspicious
 * accounts (here: called fake by the account classifier), mass followers (following more than 1,500 accounts,
 * HypeAuditor's definition) and real followers (the rest). Shares come with a 95% Wilson interval, so a
 * sample of 30 says less than one of 1,000.
 *
 * @param realShare        share of real followers (neither suspicious nor mass followers)
 * @param realInterval     95% interval of realShare
 * @param inputsMissing    accounts scored with at least one classifier input missing
 */
public record AudienceComposition(int sampleSize, int real, int suspicious, int massFollowers, double realShare,
                                  WilsonInterval realInterval, double suspiciousShare, WilsonInterval suspiciousInterval,
                                  double massFollowerShare, int inputsMissing) {

    /** HypeAuditor: a mass follower follows more than 1,500 accounts. */
    public static final long MASS_FOLLOWER_FOLLOWING = 1_500;

    public static AudienceComposition of(FollowerSample sample, AccountClassifier classifier) {
        int n = sample.size();
        if (n == 0) {
            throw new IllegalArgumentException("the follower sample of " + sample.creator() + " is empty");
        }
        int suspicious = 0;
        int mass = 0;
        int partial = 0;
        for (AccountProfile follower : sample.followers()) {
            AccountVerdict verdict = classifier.classify(follower);
            if (!verdict.missing().isEmpty()) {
                partial++;
            }
            if (verdict.fake()) {
                suspicious++;
            } else if (follower.following() != null && follower.following() > MASS_FOLLOWER_FOLLOWING) {
                mass++;
            }
        }
        int real = n - suspicious - mass;
        return new AudienceComposition(n, real, suspicious, mass, real / (double) n, WilsonInterval.of95(real, n),
                suspicious / (double) n, WilsonInterval.of95(suspicious, n), mass / (double) n, partial);
    }
}
