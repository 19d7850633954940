package io.microscout.generator;

import java.time.Instant;

/**
 * What to generate. The same settings always give the same catalog, byte for byte: every draw comes from
 * the seed, and "now" is the fixed {@code asOf} instant, not the clock.
 *
 * @param creators          accounts to generate
 * @param postsPerCreator   posts per account
 * @param followerSample    follower profiles per account in the sample (0: none)
 * @param commentsPerPost   comments written per post (0: none)
 * @param fraudShare        share of accounts with planted fraud, 0..1
 * @param asOf              the moment the catalog describes: last snapshot and the newest posts' horizon
 * @param snapshotDays      days of follower history before asOf
 */
public record GeneratorSettings(
        int creators,
        long seed,
        int postsPerCreator,
        int followerSample,
        int commentsPerPost,
        double fraudShare,
        Instant asOf,
        int snapshotDays) {

    /** The default moment generated catalogs describe. */
    public static final Instant DEFAULT_AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    public GeneratorSettings {
        if (creators < 0) {
            throw new IllegalArgumentException("--creators must be 0 or more, got " + creators);
        }
        if (postsPerCreator < 0 || followerSample < 0 || commentsPerPost < 0) {
            throw new IllegalArgumentException("posts, follower sample and comments must be 0 or more");
        }
        if (fraudShare < 0 || fraudShare > 1) {
            throw new IllegalArgumentException("--fraud-share must lie between 0 and 1, got " + fraudShare);
        }
        if (snapshotDays < 7) {
            throw new IllegalArgumentException("snapshot history must cover at least 7 days, got " + snapshotDays);
        }
        asOf = asOf == null ? DEFAULT_AS_OF : asOf;
    }

    /** Defaults: 30 posts, a 200-profile follower sample, 3 comments per post, 18% fraud, 180 days of history. */
    public static GeneratorSettings of(int creators, long seed) {
        return new GeneratorSettings(creators, seed, 30, 200, 3, Calibration.DEFAULT_FRAUD_SHARE, DEFAULT_AS_OF, 180);
    }

    public GeneratorSettings withPosts(int posts) {
        return new GeneratorSettings(
                creators, seed, posts, followerSample, commentsPerPost, fraudShare, asOf, snapshotDays);
    }

    public GeneratorSettings withFollowerSample(int size) {
        return new GeneratorSettings(
                creators, seed, postsPerCreator, size, commentsPerPost, fraudShare, asOf, snapshotDays);
    }

    public GeneratorSettings withCommentsPerPost(int comments) {
        return new GeneratorSettings(
                creators, seed, postsPerCreator, followerSample, comments, fraudShare, asOf, snapshotDays);
    }

    public GeneratorSettings withFraudShare(double share) {
        return new GeneratorSettings(
                creators, seed, postsPerCreator, followerSample, commentsPerPost, share, asOf, snapshotDays);
    }
}
