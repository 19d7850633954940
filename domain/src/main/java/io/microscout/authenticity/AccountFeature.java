package io.microscout.authenticity;

import java.util.List;
import java.util.Set;

/**
 * The numbers the fake-account model looks at, derived from an {@link AccountProfile}. A feature is
 * missing (NaN) when an input it needs is unknown: the model then follows the path it learned for missing
 * values instead of guessing one.
 *
 * <p>Counts enter as log10(1 + n) so that a split learned on one audience reads the same on a larger one.
 * Each feature carries the direction in which it may push the fake probability (a monotone constraint):
 * fewer followers, more following, fewer posts, a shorter biography, no picture and more digits in the
 * username may only raise it. That keeps the model from learning bumps peculiar to InstaFake's sample.
 * The private flag and the username's length are not features by default: in InstaFake 72% of the real
 * accounts and 33% of the fakes are private, a trait of how the sample was drawn rather than of fakes,
 * and username length hardly differs between the classes (median 11 in both).
 */
public enum AccountFeature {
    FOLLOWERS_LOG("log10(1+followers)", -1, Set.of(AccountInput.FOLLOWERS)),
    FOLLOWING_LOG("log10(1+following)", +1, Set.of(AccountInput.FOLLOWING)),
    FOLLOWING_PER_FOLLOWER_LOG(
            "log10((1+following)/(1+followers))", +1, Set.of(AccountInput.FOLLOWERS, AccountInput.FOLLOWING)),
    POSTS_LOG("log10(1+posts)", -1, Set.of(AccountInput.POSTS)),
    BIO_LENGTH("bio length", -1, Set.of(AccountInput.BIO_LENGTH)),
    PROFILE_PICTURE("has profile picture", -1, Set.of(AccountInput.PROFILE_PICTURE)),
    USERNAME_DIGITS("digits in username", +1, Set.of(AccountInput.USERNAME)),
    USERNAME_DIGIT_SHARE("share of digits in username", +1, Set.of(AccountInput.USERNAME)),
    PRIVATE("private account", 0, Set.of(AccountInput.PRIVATE)),
    USERNAME_LENGTH("username length", 0, Set.of(AccountInput.USERNAME)),
    /** Posts per follower: bought fakes that do post (Twitter vendors) post a lot for the audience they have. */
    POSTS_PER_FOLLOWER_LOG("log10((1+posts)/(1+followers))", 0, Set.of(AccountInput.POSTS, AccountInput.FOLLOWERS)),
    EXTERNAL_URL("links to a website", 0, Set.of(AccountInput.EXTERNAL_URL)),
    /** Activity relative to account age (Yang et al., AAAI 2020, "tweet_freq"): posts per day since creation. */
    POSTS_PER_DAY_LOG("log10(1+posts per day of account age)", 0, Set.of(AccountInput.POSTS, AccountInput.ACCOUNT_AGE)),
    /** Following gained per day of account age (Yang et al. 2020, "friends_growth_rate"). */
    FOLLOWING_PER_DAY_LOG(
            "log10(1+following per day of account age)", 0, Set.of(AccountInput.FOLLOWING, AccountInput.ACCOUNT_AGE));

    private final String label;
    private final int monotone;
    private final Set<AccountInput> needs;

    AccountFeature(String label, int monotone, Set<AccountInput> needs) {
        this.label = label;
        this.monotone = monotone;
        this.needs = needs;
    }

    public String label() {
        return label;
    }

    /** +1: a larger value may only raise the fake probability; -1: only lower it; 0: free. */
    public int monotone() {
        return monotone;
    }

    public Set<AccountInput> needs() {
        return needs;
    }

    /** InstaFake's feature set: everything InstaFake has but the private flag and the username length (see above). */
    public static List<AccountFeature> instaFake() {
        return List.of(
                FOLLOWERS_LOG,
                FOLLOWING_LOG,
                FOLLOWING_PER_FOLLOWER_LOG,
                POSTS_LOG,
                BIO_LENGTH,
                PROFILE_PICTURE,
                USERNAME_DIGITS,
                USERNAME_DIGIT_SHARE);
    }

    /**
     * The default feature set: InstaFake's plus the ratios and flags that several sources share (posts per
     * follower, a website link) and activity per day of account age where the source gives the age
     * (docs/authenticity.md, "Features that carry across sources").
     */
    public static List<AccountFeature> defaults() {
        return java.util.stream.Stream.concat(
                        instaFake().stream(),
                        java.util.stream.Stream.of(
                                POSTS_PER_FOLLOWER_LOG, EXTERNAL_URL, POSTS_PER_DAY_LOG, FOLLOWING_PER_DAY_LOG))
                .toList();
    }

    /** The feature's value for that profile, or NaN when an input it needs is unknown. */
    public double valueOf(AccountProfile p) {
        switch (this) {
            case FOLLOWERS_LOG:
                return log(p.followers());
            case FOLLOWING_LOG:
                return log(p.following());
            case FOLLOWING_PER_FOLLOWER_LOG:
                return p.followers() == null || p.following() == null
                        ? Double.NaN
                        : Math.log10((1.0 + p.following()) / (1.0 + p.followers()));
            case POSTS_LOG:
                return log(p.mediaCount());
            case BIO_LENGTH:
                return p.biographyLength() == null ? Double.NaN : p.biographyLength();
            case PROFILE_PICTURE:
                return flag(p.hasProfilePicture());
            case USERNAME_DIGITS:
                return p.usernameDigitCount() == null ? Double.NaN : p.usernameDigitCount();
            case USERNAME_DIGIT_SHARE:
                return p.usernameDigitShare() == null ? Double.NaN : p.usernameDigitShare();
            case PRIVATE:
                return flag(p.privateAccount());
            case USERNAME_LENGTH:
                return p.usernameLength() == null ? Double.NaN : p.usernameLength();
            case POSTS_PER_FOLLOWER_LOG:
                return p.mediaCount() == null || p.followers() == null
                        ? Double.NaN
                        : Math.log10((1.0 + p.mediaCount()) / (1.0 + p.followers()));
            case EXTERNAL_URL:
                return flag(p.externalUrl());
            case POSTS_PER_DAY_LOG:
                return perDay(p.mediaCount(), p.accountAgeDays());
            case FOLLOWING_PER_DAY_LOG:
                return perDay(p.following(), p.accountAgeDays());
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The values of those features for a profile, in order. */
    public static double[] vector(List<AccountFeature> features, AccountProfile p) {
        double[] x = new double[features.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.get(i).valueOf(p);
        }
        return x;
    }

    private static double log(Long n) {
        return n == null ? Double.NaN : Math.log10(1.0 + n);
    }

    private static double perDay(Long n, Double ageDays) {
        return n == null || ageDays == null ? Double.NaN : Math.log10(1.0 + n / Math.max(1.0, ageDays));
    }

    private static double flag(Boolean b) {
        return b == null ? Double.NaN : (b ? 1.0 : 0.0);
    }
}
