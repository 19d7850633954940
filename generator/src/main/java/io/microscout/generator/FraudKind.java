package io.microscout.generator;

import java.util.Locale;

/** The fraud planted in a generated creator, recorded as ground truth for the authenticity evaluation. */
public enum FraudKind {
    /** Clean: organic followers and engagement. */
    NONE,
    /**
     * A block of bought followers: the follower count is inflated (engagement rate abnormally low for the tier),
     * the snapshots show a step, and the follower sample holds many fake profiles.
     */
    BOUGHT_FOLLOWERS,
    /**
     * An engagement pod: likes and comments inflated by a group that engages with every post, so engagement is
     * high for the tier, varies little from post to post, and comments are generic and relatively many.
     */
    ENGAGEMENT_POD,
    /**
     * A sudden jump in followers (a giveaway or a follow-for-follow burst) with no matching engagement: the
     * newcomers are mostly mass followers who never engage.
     */
    FOLLOWER_SPIKE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
