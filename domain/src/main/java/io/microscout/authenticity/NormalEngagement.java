package io.microscout.authenticity;

/**
 * The bands of normal engagement MicroScout ships, measured on real accounts: InstaFake's 700 real accounts with
 * post series (Akyon &amp; Kalfaoglu 2019, CC BY-NC 4.0), the even-numbered half (accounts 0, 2, 4, ...; the odd
 * half is kept for checking). Reproduce with
 * {@code ./microscout eval engagement --data ../shared/data/instafake/automated-v1.0} ("calibration half").
 * These are ordinary accounts (median 353 followers), so the bands describe how engagement varies from post to
 * post and how comments relate to likes, which depend little on size; engagement rates are not taken from them.
 */
public final class NormalEngagement {
    /** 306 accounts with at least 6 posts; CV (sample SD / mean) of likes + comments over the 30 most recent posts. */
    public static final EngagementNorms.Band VOLATILITY = new EngagementNorms.Band(0.13758, 0.34951, 0.89512);
    /** Total comments / total likes over the same posts. */
    public static final EngagementNorms.Band COMMENTS_PER_LIKE = new EngagementNorms.Band(0.00146, 0.02315, 0.08156);

    private NormalEngagement() {}

    public static EngagementNorms shipped() {
        return new EngagementNorms(306, VOLATILITY, COMMENTS_PER_LIKE);
    }
}
