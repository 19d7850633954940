package io.microscout.outreach.likelihood;

/**
 * Where the likelihood starts before a workspace has outcomes of its own. An estimate, said to be one everywhere:
 * <ul>
 *   <li>reply rate 8.5%: Backlinko with Pitchbox, "We Analyzed 12 Million Outreach Emails" (2019), cold outreach
 *       e-mail (blogger and link outreach, the nearest published large study to creator outreach);</li>
 *   <li>yes among replies 50%: MicroScout's assumption (no public figure found), so the prior chance of a yes to
 *       a cold first message is 8.5% x 50% = 4.25%;</li>
 *   <li>strength: worth 10 outcomes (the intercept's prior standard deviation in log-odds is 1 / sqrt(10 x p x
 *       (1 - p)), the Laplace approximation of a Beta prior of that many pseudo-observations), so a workspace's own
 *       record soon outweighs it; each signal weight's prior standard deviation is 0.5 log-odds.</li>
 * </ul>
 */
public record AcceptancePriors(double replyRate, double yesGivenReply, double strength, double weightSd) {
    public static final String SOURCE = "prior: reply rate 8.5% (Backlinko/Pitchbox 2019, 12M outreach e-mails) x "
            + "yes among replies 50% (MicroScout's assumption)";

    public static AcceptancePriors defaults() {
        return new AcceptancePriors(0.085, 0.5, 10, 0.5);
    }

    public double baseRate() {
        return replyRate * yesGivenReply;
    }

    /** The intercept's prior standard deviation in log-odds. */
    public double interceptSd() {
        double p = baseRate();
        return 1 / Math.sqrt(strength * p * (1 - p));
    }
}
