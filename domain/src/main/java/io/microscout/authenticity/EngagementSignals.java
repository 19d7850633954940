package io.microscout.authenticity;

import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A creator's engagement over its {@link EngagementNorms#WINDOW} most recent posts older than 24 hours (a
 * younger post is still gathering likes; the catalog's default {@link io.microscout.metrics.MetricsWindow}),
 * measured the same way as {@link EngagementNorms} so that the two compare. Falls back to the catalog's
 * {@link CreatorMetrics} when no posts are given. Null = unknown.
 *
 * @param engagementRate  mean over posts of (likes + comments) / followers
 * @param volatility      coefficient of variation of likes + comments across the posts
 * @param commentsPerLike total comments / total likes
 */
public record EngagementSignals(
        int posts, long likes, long comments, Double engagementRate, Double volatility, Double commentsPerLike) {

    static final Duration SETTLING_TIME =
            io.microscout.metrics.MetricsWindow.defaults().minimumAge();

    public static EngagementSignals of(Long followers, List<Post> posts, CreatorMetrics metrics, Instant asOf) {
        List<Post> window = posts.stream()
                .filter(p -> p.likes() != null && p.comments() != null)
                .filter(p -> p.publishedAt() == null
                        || asOf == null
                        || !p.publishedAt().isAfter(asOf.minus(SETTLING_TIME)))
                .sorted(Comparator.comparing(Post::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(EngagementNorms.WINDOW)
                .toList();
        if (window.isEmpty() && metrics != null && metrics.postsAnalysed() > 0) {
            return new EngagementSignals(
                    metrics.postsAnalysed(),
                    0,
                    0,
                    metrics.engagementRateMean(),
                    metrics.engagementVolatility(),
                    metrics.commentToLikeRatio());
        }
        double[] engagement = new double[window.size()];
        long likes = 0;
        long comments = 0;
        for (int i = 0; i < engagement.length; i++) {
            engagement[i] = window.get(i).likes() + window.get(i).comments();
            likes += window.get(i).likes();
            comments += window.get(i).comments();
        }
        Double rate = null;
        if (followers != null && followers > 0 && engagement.length > 0) {
            double sum = 0;
            for (double e : engagement) {
                sum += e / followers;
            }
            rate = sum / engagement.length;
        }
        return new EngagementSignals(
                window.size(),
                likes,
                comments,
                rate,
                io.microscout.metrics.Stats.coefficientOfVariation(engagement, engagement.length),
                likes > 0 ? comments / (double) likes : null);
    }
}
