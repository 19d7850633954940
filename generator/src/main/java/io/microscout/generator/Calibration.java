package io.microscout.generator;

import io.microscout.creator.Platform;
import io.microscout.tier.Tier;

/**
 * The numbers the generator is calibrated on, each with its source or marked as an assumption.
 * Published figures are quoted with the study that published them (the list: docs/sources.md).
 *
 * <p>{@link #engagementRate} is public: the demo prints it beside measured rates as the benchmark.
 *
 * <p>Engagement here is the median per-post engagement rate by followers, (likes + comments) / followers, of a
 * clean creator; each creator draws its own level around it and each post varies around that level.
 */
public final class Calibration {
    private Calibration() {}

    // ---- Audience size -------------------------------------------------------------------------------------

    /**
     * Followers are log-normal: ln(followers) ~ N(ln 14,000, 1.6). Social follower counts are heavy-tailed
     * (log-normal in the body, power law in the tail); the parameters are an ASSUMPTION chosen so that, under
     * the default scheme, a discovery catalog is dominated by micro creators: about 17% nano (&lt;3k), 72% micro,
     * 10% mid, 1% macro, 0.4% mega. Counts below {@link #MIN_FOLLOWERS} are drawn again.
     */
    static final double FOLLOWERS_LOG_MEDIAN = Math.log(14_000);

    static final double FOLLOWERS_LOG_SIGMA = 1.6;
    static final long MIN_FOLLOWERS = 300;

    /** Platform shares of accounts: ASSUMPTION (Instagram is the main influencer-marketing platform). */
    static final double SHARE_INSTAGRAM = 0.50;

    static final double SHARE_TIKTOK = 0.30;

    /** Share of persons with a second account on another platform: ASSUMPTION. */
    static final double SECOND_PLATFORM_SHARE = 0.12;

    // ---- Engagement by followers, median of clean creators --------------------------------------------------

    /** Where the benchmark of a platform comes from, in one line (for output beside the number). */
    public static String engagementSource(Platform platform) {
        switch (platform) {
            case INSTAGRAM:
                return "HypeAuditor 2023 / Statista 2023 / HypeAuditor 36k study";
            case TIKTOK:
                return "HypeAuditor 2023 (nano 12.6%); larger tiers: assumption";
            default:
                return "assumption: views per subscriber x 4% engagement by views";
        }
    }

    /**
     * Instagram:
     * nano 2.5% - between Statista 2023 (1-10k: 2.19%) and HypeAuditor State of Influencer Marketing 2023
     * (nano 1-10k: 2.78%); micro 1.8% - Statista 2023 all tiers 1.85% and HypeAuditor's 36k-influencer study
     * (20k+ tiers 1.54-1.62%), micro (3k-100k) straddling both; mid, macro, mega 1.6% - HypeAuditor 36k study
     * (1.54-1.62%).
     * TikTok: nano 12.6% - HypeAuditor 2023 (nano on TikTok); larger tiers decline as on Instagram:
     * micro 8%, mid 6%, macro 5%, mega 4% (ASSUMPTION, same shape).
     * YouTube: views per video times engagement by views, see {@link #viewsPerFollower}; by followers it comes
     * out near 0.5-1.5% (ASSUMPTION: YouTube engagement is measured by views, docs/sources.md "Engagement").
     */
    public static double engagementRate(Platform platform, Tier tier) {
        switch (platform) {
            case INSTAGRAM:
                return tier == Tier.NANO ? 0.025 : tier == Tier.MICRO ? 0.018 : 0.016;
            case TIKTOK:
                return new double[] {0.126, 0.08, 0.06, 0.05, 0.04}[tier.ordinal()];
            default:
                return viewsPerFollower(platform, tier) * likesCommentsPerView(platform);
        }
    }

    /**
     * Median views of a video post per follower: ASSUMPTION. TikTok's feed reaches beyond followers
     * (12.6% engagement by followers for nano at ~7% by views implies views above the follower count);
     * YouTube videos reach a share of subscribers, smaller for larger channels; Instagram reels about a third.
     */
    static double viewsPerFollower(Platform platform, Tier tier) {
        switch (platform) {
            case TIKTOK:
                return engagementRate(platform, tier) / likesCommentsPerView(platform);
            case YOUTUBE:
                return new double[] {0.35, 0.25, 0.18, 0.14, 0.10}[tier.ordinal()];
            default:
                return 0.35;
        }
    }

    /** (likes + comments) / views of a video: ASSUMPTION (TikTok ~7%, YouTube ~4%, Instagram reels ~5%). */
    static double likesCommentsPerView(Platform platform) {
        return platform == Platform.TIKTOK ? 0.07 : platform == Platform.YOUTUBE ? 0.04 : 0.05;
    }

    /**
     * Spread of creators' own engagement level around the tier median (sigma of ln): ASSUMPTION, wide enough
     * that the 10th-90th percentile spans about 3.2x.
     */
    static final double CREATOR_ENGAGEMENT_SIGMA = 0.45;

    /**
     * Post-to-post variation (sigma of ln likes) drawn per creator from [0.35, 0.65]: the interquartile range
     * of the per-account standard deviation of ln(likes) in the 700 real accounts of InstaFake
     * automated-v1.0 (measured: p25 0.41, median 0.56, p75 0.73; Akyon &amp; Kalfaoglu 2019), a little
     * narrower since those personal accounts span years.
     */
    static final double POST_SIGMA_MIN = 0.35;

    static final double POST_SIGMA_MAX = 0.65;

    /**
     * Comments per like, median per creator: 0.024 with sigma of ln 0.6 - InstaFake automated-v1.0 real
     * accounts (measured: p25 0.016, median 0.024, p75 0.037). TikTok and YouTube: ASSUMPTION, similar.
     */
    static final double COMMENTS_PER_LIKE = 0.024;

    static final double COMMENTS_PER_LIKE_SIGMA = 0.6;

    /**
     * Sponsored posts engage less than organic ones (direction: CreatorIQ/Tribe Dynamics, docs/sources.md);
     * the factor 0.7 is an ASSUMPTION.
     */
    static final double SPONSORED_ENGAGEMENT_FACTOR = 0.7;

    /**
     * Share of a creator's posts that are sponsored, by tier: ASSUMPTION (larger creators sell more posts):
     * nano 4%, micro 10%, mid 15%, macro 20%, mega 25%.
     */
    static double sponsoredShare(Tier tier) {
        return new double[] {0.04, 0.10, 0.15, 0.20, 0.25}[tier.ordinal()];
    }

    /** Median posts per week: ASSUMPTION (Instagram 2.5, TikTok 4, YouTube 1); per creator sigma of ln 0.5. */
    static double postsPerWeek(Platform platform) {
        return platform == Platform.TIKTOK ? 4.0 : platform == Platform.YOUTUBE ? 1.0 : 2.5;
    }

    /** Organic follower growth per 30 days, median and spread: ASSUMPTION (+1.5% +- 1.5%). */
    static final double MONTHLY_GROWTH = 0.015;

    static final double MONTHLY_GROWTH_SPREAD = 0.015;

    // ---- Fraud ------------------------------------------------------------------------------------------------

    /**
     * Default share of accounts with planted, clear fraud: 18%. HypeAuditor 2023 finds signs of fraud in 36% of
     * influencers, many of them mild; planting clear cases in half that share keeps a clean majority to compare
     * against. Split bought followers 8%, engagement pods 5%, follower spikes 5% (ASSUMPTION).
     */
    static final double DEFAULT_FRAUD_SHARE = 0.18;

    static final double BOUGHT_OF_FRAUD = 8.0 / 18;
    static final double POD_OF_FRAUD = 5.0 / 18;

    /**
     * Fake followers of clean creators: 2-12% (ASSUMPTION; every large audience holds some inactive and fake
     * accounts; SRF Data 2017 found 26-31% on average, fraudsters included).
     */
    static final double CLEAN_FAKE_MIN = 0.02;

    static final double CLEAN_FAKE_MAX = 0.12;

    /**
     * Share of generic or emoji-only comments ("nice pic", "🔥🔥") under a clean creator's posts: 5-35%, drawn per
     * creator (ASSUMPTION; no published figure; MicroScout's comment signal passes up to 30%).
     */
    static final double CLEAN_GENERIC_COMMENTS_MIN = 0.05;

    static final double CLEAN_GENERIC_COMMENTS_MAX = 0.35;
}
