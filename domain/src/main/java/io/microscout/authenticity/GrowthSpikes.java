package io.microscout.authenticity;

import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.metrics.Stats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follower jumps that engagement does not follow: a sign of bought followers (CreatorIQ and HypeAuditor name
 * "follower spikes with flat engagement", docs/sources.md). Between two consecutive snapshots, a spike is growth of
 * more than {@value #SPIKE_WEEKLY_GROWTH} of followers per week above the account's usual weekly growth, and at
 * least {@value #MIN_GAIN} followers. A spike is explained when the median engagement of the posts in the
 * {@value #LOOK_DAYS} days after it rose by at least half as much, relative to the {@value #LOOK_DAYS} days
 * before (a viral post brings both). Thresholds: MicroScout's defaults, no published figure exists.
 *
 * @param unexplainedGain followers gained in spikes without matching engagement (or without posts to tell)
 * @param spikes          every spike found, explained or not
 */
public record GrowthSpikes(int snapshots, List<Spike> spikes, long unexplainedGain, long followersAtEnd) {
    static final double SPIKE_WEEKLY_GROWTH = 0.05;
    static final long MIN_GAIN = 200;
    static final int LOOK_DAYS = 30;

    /** One jump; {@code engagementGrowth} is null when there were no posts before or after to compare. */
    public record Spike(
            Instant from, Instant to, long gained, double followerGrowth, Double engagementGrowth, boolean explained) {}

    public static GrowthSpikes of(List<FollowerSnapshot> snapshots, List<Post> posts) {
        List<FollowerSnapshot> s = snapshots.stream()
                .sorted(Comparator.comparing(FollowerSnapshot::at))
                .toList();
        List<Double> weekly = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            Double rate = weeklyGrowth(s.get(i - 1), s.get(i));
            if (rate != null) {
                weekly.add(rate);
            }
        }
        double usual = weekly.size() >= 3
                ? Stats.median(weekly.stream().mapToDouble(d -> d).toArray())
                : 0;
        List<Spike> spikes = new ArrayList<>();
        long unexplained = 0;
        for (int i = 1; i < s.size(); i++) {
            FollowerSnapshot a = s.get(i - 1);
            FollowerSnapshot b = s.get(i);
            Double rate = weeklyGrowth(a, b);
            long gained = b.followers() - a.followers();
            if (rate == null || rate - Math.max(0, usual) <= SPIKE_WEEKLY_GROWTH || gained < MIN_GAIN) {
                continue;
            }
            double followerGrowth = gained / (double) a.followers();
            Double before = medianEngagement(posts, a.at().minus(Duration.ofDays(LOOK_DAYS)), a.at());
            Double after = medianEngagement(posts, b.at(), b.at().plus(Duration.ofDays(LOOK_DAYS)));
            Double engagementGrowth = before == null || after == null || before == 0 ? null : after / before - 1;
            boolean explained = engagementGrowth != null && engagementGrowth >= followerGrowth / 2;
            spikes.add(new Spike(a.at(), b.at(), gained, followerGrowth, engagementGrowth, explained));
            if (!explained) {
                unexplained += gained;
            }
        }
        long end = s.isEmpty() ? 0 : s.get(s.size() - 1).followers();
        return new GrowthSpikes(s.size(), spikes, unexplained, end);
    }

    private static Double weeklyGrowth(FollowerSnapshot a, FollowerSnapshot b) {
        double days = Duration.between(a.at(), b.at()).toMinutes() / 1440.0;
        if (days < 0.5 || a.followers() <= 0) {
            return null;
        }
        return (b.followers() - a.followers()) / (double) a.followers() * 7 / Math.max(days, 7);
    }

    private static Double medianEngagement(List<Post> posts, Instant from, Instant to) {
        double[] e = posts.stream()
                .filter(p -> p.publishedAt() != null && p.likesAndComments() != null)
                .filter(p -> !p.publishedAt().isBefore(from) && p.publishedAt().isBefore(to))
                .mapToDouble(p -> p.likesAndComments())
                .toArray();
        return e.length == 0 ? null : Stats.median(e);
    }
}
