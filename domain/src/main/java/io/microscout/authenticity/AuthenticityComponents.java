package io.microscout.authenticity;

import io.microscout.creator.Creator;
import io.microscout.metrics.EngagementBenchmarks;
import java.util.Locale;

/**
 * The components of an {@link AuthenticityScore}, each from one signal (HypeAuditor's Audience Quality Score groups, docs/sources.md:
 * audience quality, engagement, growth anomalies and comment authenticity). Where a cut-off has a published
 * source it is named; the others are MicroScout's defaults, set against the normal bands of real accounts
 * ({@link NormalEngagement}) and stated as such.
 */
final class AuthenticityComponents {
    static final AuthenticitySignal REAL_FOLLOWERS = AuthenticitySignal.REAL_FOLLOWERS;
    static final AuthenticitySignal ENGAGEMENT_RATE = AuthenticitySignal.ENGAGEMENT_RATE;
    static final AuthenticitySignal LIKES_TO_COMMENTS = AuthenticitySignal.LIKES_TO_COMMENTS;
    static final AuthenticitySignal VOLATILITY = AuthenticitySignal.ENGAGEMENT_VOLATILITY;
    static final AuthenticitySignal GROWTH = AuthenticitySignal.GROWTH_SPIKES;
    static final AuthenticitySignal COMMENTS = AuthenticitySignal.COMMENT_AUTHENTICITY;

    /** Modash: follower credibility below 75% is a fraud sign. */
    static final double CREDIBLE_REAL_SHARE = 0.75;
    /**
     * MicroScout default: at 50% real followers this component reaches 0 (SRF Data 2017 found 26-31% of Swiss
     * influencers' followers fake; half the audience not real is taken as the worst case).
     */
    static final double LOWEST_REAL_SHARE = 0.50;

    static final int MIN_SAMPLE = 20;
    static final int MIN_POSTS_RATE = 3;
    static final int MIN_POSTS_VOLATILITY = EngagementNorms.MIN_POSTS;
    static final long MIN_LIKES_RATIO = 30;
    static final int MIN_COMMENTS = 20;
    /** MicroScout default: up to 30% generic/emoji/repeated comments pass, 70% or more scores 0. */
    static final double GENERIC_COMMENTS_OK = 0.30;

    static final double GENERIC_COMMENTS_BAD = 0.70;
    /** MicroScout default: 25% of today's followers gained in unexplained spikes scores 0. */
    static final double UNEXPLAINED_GAIN_BAD = 0.25;

    private AuthenticityComponents() {}

    static AuthenticityComponent realFollowers(AudienceComposition a, double weight) {
        if (a == null) {
            return AuthenticityComponent.unmeasured(REAL_FOLLOWERS, weight, "no follower sample");
        }
        if (a.sampleSize() < MIN_SAMPLE) {
            return AuthenticityComponent.unmeasured(
                    REAL_FOLLOWERS,
                    weight,
                    "follower sample of " + a.sampleSize() + " accounts; at least " + MIN_SAMPLE + " are needed");
        }
        // 1 at 100% real, 0.75 at Modash's 75%, 0 at 50% (MicroScout default; no plateau above 75%, so that two
        // creators with 80% and 97% real followers do not share one score)
        double score = AuthenticityComponent.typicalBelow(
                1 - a.realShare(), 0, 1 - CREDIBLE_REAL_SHARE, 1 - LOWEST_REAL_SHARE);
        return new AuthenticityComponent(
                REAL_FOLLOWERS,
                a.realShare(),
                CREDIBLE_REAL_SHARE,
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "%s real (95%% interval %s-%s) in a sample of %d; %s suspicious%s, "
                                + "%s mass followers (following > 1,500, HypeAuditor); Modash: below %s is a fraud sign%s",
                        pct(a.realShare()),
                        pct(a.realInterval().low()),
                        pct(a.realInterval().high()),
                        a.sampleSize(),
                        pct(a.suspiciousShare()),
                        a.corrected()
                                ? " (" + pct(a.flaggedShare()) + " flagged, corrected for " + a.correctionBasis() + ")"
                                : "",
                        pct(a.massFollowerShare()),
                        pct(CREDIBLE_REAL_SHARE),
                        a.inputsMissing() > 0
                                ? "; " + a.inputsMissing() + " accounts scored with inputs missing"
                                : ""));
    }

    static AuthenticityComponent engagementRate(Creator creator, EngagementSignals e, double weight) {
        EngagementBenchmarks.Benchmark b =
                EngagementBenchmarks.of(creator.platform(), creator.followers()).orElse(null);
        if (e.engagementRate() == null || e.posts() < MIN_POSTS_RATE) {
            return AuthenticityComponent.unmeasured(
                    ENGAGEMENT_RATE,
                    weight,
                    creator.followers() == null
                            ? "followers unknown"
                            : e.posts() + " posts with likes and comments; at least " + MIN_POSTS_RATE + " are needed");
        }
        if (b == null) {
            return new AuthenticityComponent(
                    ENGAGEMENT_RATE,
                    e.engagementRate(),
                    null,
                    weight,
                    null,
                    String.format(
                            Locale.ROOT,
                            "%s over %d posts; no published benchmark for %s accounts of %,d " + "followers",
                            pct2(e.engagementRate()),
                            e.posts(),
                            creator.platform().id(),
                            creator.followers()));
        }
        double ratio = e.engagementRate() / b.rate();
        // MicroScout defaults: below half the benchmark starts to lose, 0.15x scores 0 (bought followers do not
        // engage); above 4x loses mildly down to 0.4 at 12x (pods inflate engagement, but small accounts are high)
        // inside 0.5x-4x the score moves by at most 0.25 away from 1x-1.5x (AuthenticityComponent.typicalBelow)
        double score = ratio < 0.5
                ? (1 - AuthenticityComponent.NORMAL_RANGE_SPREAD) * AuthenticityComponent.fallsBelow(ratio, 0.5, 0.15)
                : ratio < 1
                        ? 1 - AuthenticityComponent.NORMAL_RANGE_SPREAD * (1 - ratio) / 0.5
                        : ratio <= 1.5
                                ? 1
                                : ratio <= 4
                                        ? 1 - AuthenticityComponent.NORMAL_RANGE_SPREAD * (ratio - 1.5) / 2.5
                                        : 0.4 + 0.5 * AuthenticityComponent.fallsAbove(ratio, 4, 12);
        return new AuthenticityComponent(
                ENGAGEMENT_RATE,
                e.engagementRate(),
                b.rate(),
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "%s over %d posts, %.2fx the benchmark %s (%s)",
                        pct2(e.engagementRate()),
                        e.posts(),
                        ratio,
                        pct2(b.rate()),
                        b.source()));
    }

    static AuthenticityComponent likesToComments(EngagementSignals e, EngagementNorms norms, double weight) {
        if (e.commentsPerLike() == null
                || e.posts() < MIN_POSTS_RATE
                || (e.likes() > 0 && e.likes() < MIN_LIKES_RATIO)) {
            return AuthenticityComponent.unmeasured(
                    LIKES_TO_COMMENTS,
                    weight,
                    "too few posts or likes to compare " + "(need " + MIN_POSTS_RATE + " posts and " + MIN_LIKES_RATIO
                            + " likes)");
        }
        EngagementNorms.Band band = norms.commentsPerLike();
        double high = band.p97_5();
        double ratio = e.commentsPerLike();
        // above the median: pods and bought comments (0.75 at the 97.5th percentile, 0 at 3x it); below it: likes
        // without the comments real likers leave (bought likes), mirrored as for volatility: 0.75 at the 2.5th
        // percentile, down to 0.5 with no comments at all (small real accounts do get none; MicroScout defaults)
        double score = ratio >= band.median()
                ? AuthenticityComponent.typicalBelow(ratio, band.median(), high, 3 * high)
                : ratio >= band.p2_5()
                        ? 1
                                - AuthenticityComponent.NORMAL_RANGE_SPREAD
                                        * (band.median() - ratio)
                                        / (band.median() - band.p2_5())
                        : 0.5 + 0.25 * ratio / band.p2_5();
        String perComment = e.commentsPerLike() == 0
                ? "no comments"
                : String.format(Locale.ROOT, "%.0f likes per comment", 1 / e.commentsPerLike());
        return new AuthenticityComponent(
                LIKES_TO_COMMENTS,
                e.commentsPerLike(),
                high,
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "%.4f comments per like (%s) over %d posts; 95%% of real accounts lie in %.4f-%.4f "
                                + "(InstaFake real accounts); more hints at bought comments or pods, fewer at bought likes",
                        e.commentsPerLike(),
                        perComment,
                        e.posts(),
                        band.p2_5(),
                        high));
    }

    static AuthenticityComponent volatility(EngagementSignals e, EngagementNorms norms, double weight) {
        if (e.volatility() == null || e.posts() < MIN_POSTS_VOLATILITY) {
            return AuthenticityComponent.unmeasured(
                    VOLATILITY,
                    weight,
                    e.posts() + " posts with likes and comments; " + "at least " + MIN_POSTS_VOLATILITY
                            + " are needed");
        }
        EngagementNorms.Band band = norms.volatility();
        double cv = e.volatility();
        double score = cv >= band.median()
                ? AuthenticityComponent.typicalBelow(cv, band.median(), band.p97_5(), 2 * band.p97_5())
                : cv < band.p2_5()
                        ? 0.5 + 0.4 * cv / band.p2_5()
                        : 1
                                - AuthenticityComponent.NORMAL_RANGE_SPREAD
                                        * (band.median() - cv)
                                        / (band.median() - band.p2_5());
        return new AuthenticityComponent(
                VOLATILITY,
                cv,
                band.p97_5(),
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "coefficient of variation %.2f over %d posts; 95%% of real accounts lie "
                                + "in %.2f-%.2f (InstaFake real accounts); spikes hint at bought engagement, flatness at "
                                + "automated delivery",
                        cv,
                        e.posts(),
                        band.p2_5(),
                        band.p97_5()));
    }

    static AuthenticityComponent growth(GrowthSpikes g, double weight) {
        if (g.snapshots() < 2 || g.followersAtEnd() <= 0) {
            return AuthenticityComponent.unmeasured(
                    GROWTH, weight, g.snapshots() + " follower snapshot(s); at least 2 " + "are needed");
        }
        double share = g.unexplainedGain() / (double) g.followersAtEnd();
        double score = AuthenticityComponent.fallsAbove(share, 0, UNEXPLAINED_GAIN_BAD);
        long explained =
                g.spikes().stream().filter(GrowthSpikes.Spike::explained).count();
        return new AuthenticityComponent(
                GROWTH,
                share,
                0.0,
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "%d spike(s) over %d snapshots, %d matched by engagement; %,d followers "
                                + "(%s of today's) gained in spikes engagement did not follow",
                        g.spikes().size(),
                        g.snapshots(),
                        explained,
                        g.unexplainedGain(),
                        pct(share)));
    }

    static AuthenticityComponent comments(CommentAuthenticity c, double weight) {
        if (c.comments() < MIN_COMMENTS) {
            return AuthenticityComponent.unmeasured(
                    COMMENTS, weight, c.comments() + " comments; at least " + MIN_COMMENTS + " are needed");
        }
        double share = c.suspiciousShare();
        double score = AuthenticityComponent.typicalBelow(share, 0, GENERIC_COMMENTS_OK, GENERIC_COMMENTS_BAD);
        return new AuthenticityComponent(
                COMMENTS,
                share,
                GENERIC_COMMENTS_OK,
                weight,
                score,
                String.format(
                        Locale.ROOT,
                        "%s of %d comments generic (%d), emoji-only (%d) or repeated (%d); "
                                + "MicroScout flags more than %s",
                        pct(share),
                        c.comments(),
                        c.generic(),
                        c.emojiOnly(),
                        c.repeated(),
                        pct(GENERIC_COMMENTS_OK)));
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String pct2(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
