package io.microscout.generator;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a generated account's posts (newest first) and their comments. Each post's likes + comments are the
 * creator's median times log-normal noise, lower when sponsored; an engagement pod adds a near-constant block
 * of likes and many generic comments to every post.
 */
final class PostWriter {
    /** Pod engagement per post relative to the organic median (0.7-2x), and its small spread: ASSUMPTION. */
    private static final double POD_MIN = 0.7;

    private static final double POD_MAX = 2.0;
    private static final double POD_SIGMA = 0.08;
    /** Comments per pod like: pod members comment on every post (ASSUMPTION: 0.3-0.6). */
    private static final double POD_COMMENTS_MIN = 0.3;

    private static final double POD_COMMENTS_MAX = 0.6;
    /** TikTok shares and saves per view: ASSUMPTION (0.4% and 0.5%). */
    private static final double SHARES_PER_VIEW = 0.004;

    private static final double SAVES_PER_VIEW = 0.005;

    private static final String BASE64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final Persona p;
    private final SplittableRandom rng;
    private final GeneratorSettings settings;
    private final Captions captions;
    private final List<Post> posts = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();

    PostWriter(Persona p, SplittableRandom rng, GeneratorSettings settings) {
        this.p = p;
        this.rng = rng;
        this.settings = settings;
        this.captions = new Captions(p, rng);
    }

    List<Post> posts() {
        CreatorKey key = CreatorKey.of(p.platform(), p.handle());
        double podBlock =
                p.fraud() == FraudKind.ENGAGEMENT_POD ? p.engagementMedian() * Draw.uniform(rng, POD_MIN, POD_MAX) : 0;
        double podComments = Draw.uniform(rng, POD_COMMENTS_MIN, POD_COMMENTS_MAX);
        double sponsoredShare = Calibration.sponsoredShare(p.tier());
        double meanGapDays = 7.0 / p.postsPerWeek();
        Instant at = settings.asOf().minus(Duration.ofMinutes(Math.round(Draw.uniform(rng, 26 * 60, 72 * 60))));
        for (int i = 0; i < settings.postsPerCreator(); i++) {
            boolean sponsored = Draw.chance(rng, sponsoredShare);
            PostFormat format = format();
            Captions.Caption caption = captions.next(sponsored);
            topics.add(caption.topic());
            double engagement = Draw.logNormal(rng, p.engagementMedian(), p.postSigma())
                    * (sponsored ? Calibration.SPONSORED_ENGAGEMENT_FACTOR : 1.0);
            double cpl = Draw.logNormal(rng, p.commentsPerLike(), 0.3);
            long likes = Math.round(engagement / (1 + cpl));
            long comments = Math.round(engagement - likes);
            if (podBlock > 0) {
                double pod = Draw.logNormal(rng, podBlock, POD_SIGMA);
                long podC = Math.round(pod * podComments / (1 + podComments));
                likes += Math.round(pod) - podC;
                comments += podC;
            }
            Long views = null;
            Long shares = null;
            Long saves = null;
            if (format.isVideo()) {
                double organic = Math.max(1, engagement);
                views = Math.round(organic / Draw.logNormal(rng, Calibration.likesCommentsPerView(p.platform()), 0.25));
                if (p.platform() == Platform.TIKTOK) {
                    shares = Math.round(views * Draw.logNormal(rng, SHARES_PER_VIEW, 0.5));
                    saves = Math.round(views * Draw.logNormal(rng, SAVES_PER_VIEW, 0.5));
                }
            }
            String id = postId(i);
            posts.add(new Post(
                    key,
                    id,
                    at,
                    format,
                    caption.text(),
                    caption.hashtags(),
                    caption.mentions(),
                    likes,
                    comments,
                    views,
                    shares,
                    saves,
                    sponsored,
                    url(id)));
            at = at.minus(Duration.ofMinutes(Math.max(60, Math.round(exponential(meanGapDays) * 1440))));
        }
        return posts;
    }

    /**
     * A few comments per post, newest post first: specific to the post's topic (an opener, a sentence and a
     * closer, so that a real audience rarely repeats itself), or generic ("Nice pic", emoji only).
     */
    List<PostComment> comments(List<FollowerProfile> sample) {
        List<PostComment> out = new ArrayList<>();
        if (settings.commentsPerPost() == 0) {
            return out;
        }
        Vocabulary words = Vocabulary.get();
        String[] generic = words.words("comments", "generic", "text");
        String[] specific = words.words("comments", "specific", "text");
        String[] openers = words.words("comments", "openers", "text");
        String[] closers = words.words("comments", "closers", "text");
        boolean pod = p.fraud() == FraudKind.ENGAGEMENT_POD;
        // a pod is a fixed group: the same few accounts comment on every post
        String[] podMembers = new String[12];
        for (int m = 0; m < podMembers.length; m++) {
            podMembers[m] = Followers.realUsername(rng);
        }
        double genericShare = pod ? 0.9 : 0.15; // ASSUMPTION
        // ASSUMPTION: a real audience's share of generic and emoji-only comments differs from creator to creator
        // (a share fixed at 15% made every clean creator's comment signal the same, issue 16). The creator's own
        // share is reached by re-drawing some comments from a stream of its own, so that the catalog's other draws
        // (and every other creator) stay as they were.
        SplittableRandom own =
                new SplittableRandom(Draw.mix(settings.seed() ^ p.handle().hashCode()));
        double ownShare = pod
                ? genericShare
                : Draw.uniform(own, Calibration.CLEAN_GENERIC_COMMENTS_MIN, Calibration.CLEAN_GENERIC_COMMENTS_MAX);
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            for (int c = 0; c < settings.commentsPerPost(); c++) {
                boolean isGeneric = Draw.chance(rng, genericShare);
                String text = isGeneric
                        ? Locales.pick(generic, rng)
                        : Locales.pick(openers, rng) + " "
                                + Locales.pick(specific, rng).replace("{topic}", topics.get(i))
                                + Locales.pick(closers, rng);
                if (!isGeneric
                        && ownShare > genericShare
                        && Draw.chance(own, (ownShare - genericShare) / (1 - genericShare))) {
                    text = Locales.pick(generic, own);
                } else if (isGeneric && ownShare < genericShare && Draw.chance(own, 1 - ownShare / genericShare)) {
                    text = Locales.pick(openers, own) + " "
                            + Locales.pick(specific, own).replace("{topic}", topics.get(i))
                            + Locales.pick(closers, own);
                }
                String author = pod
                        ? Locales.pick(podMembers, rng)
                        : sample.isEmpty()
                                ? Followers.realUsername(rng)
                                : sample.get(rng.nextInt(sample.size())).username();
                Instant at = post.publishedAt().plus(Duration.ofMinutes(5 + rng.nextInt(pod ? 30 : 2000)));
                out.add(new PostComment(post.platformPostId(), author, text, at));
            }
        }
        return out;
    }

    private PostFormat format() {
        switch (p.platform()) {
            case TIKTOK:
                return PostFormat.SHORT_VIDEO;
            case YOUTUBE:
                return Draw.chance(rng, 0.3) ? PostFormat.SHORT_VIDEO : PostFormat.VIDEO;
            default:
                double u = rng.nextDouble(); // ASSUMPTION: 45% photos, 25% carousels, 30% reels
                return u < 0.45 ? PostFormat.PHOTO : u < 0.70 ? PostFormat.CAROUSEL : PostFormat.SHORT_VIDEO;
        }
    }

    /** Unique per platform and seed: a bijective mix of (seed, account, post). */
    private String postId(int i) {
        long id = Draw.mix((((long) p.index() << 20) | i) ^ Draw.mix(settings.seed()));
        switch (p.platform()) {
            case YOUTUBE:
                return base64Url(id);
            case TIKTOK:
                return "7" + Long.toUnsignedString(id);
            default:
                return "18" + Long.toUnsignedString(id);
        }
    }

    /** 64 bits as 11 URL-safe base-64 characters, the shape of a YouTube video id. */
    private static String base64Url(long id) {
        char[] out = new char[11];
        for (int c = 10; c >= 0; c--) {
            out[c] = BASE64_URL.charAt((int) (id & 63));
            id >>>= 6;
        }
        return new String(out);
    }

    private String url(String id) {
        switch (p.platform()) {
            case YOUTUBE:
                return "https://www.youtube.com/watch?v=" + id;
            case TIKTOK:
                return "https://www.tiktok.com/@" + p.handle() + "/video/" + id;
            default:
                return "https://www.instagram.com/p/" + id + "/";
        }
    }

    private double exponential(double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
    }
}
