package io.microscout.authenticity;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.metrics.Stats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A check of the creator score on real engagement: real accounts' post series scored as they are ("clean"),
 * and the same accounts with one synthetic anomaly injected. Both get the same two follower snapshots (60 days
 * apart, 2% growth) since the data has none; an anomaly changes only what it names.
 * <ul>
 *   <li>{@code bought followers}: followers x3 in one week, 20 days ago, engagement unchanged;</li>
 *   <li>{@code bought likes}: likes x6 on 3 of the 12 most recent posts;</li>
 *   <li>{@code comment pod}: 5 comments plus 15% of the likes added to every post.</li>
 * </ul>
 */
public final class EngagementCheck {
    public enum Anomaly {
        BOUGHT_FOLLOWERS,
        BOUGHT_LIKES,
        COMMENT_POD
    }

    /** Scores of clean accounts, and for each anomaly how well the score tells it from clean. */
    public record Result(
            int accounts,
            int scored,
            double cleanMedianScore,
            double cleanShareAtLeast60,
            ScoreSpread cleanSpread,
            List<AnomalyResult> anomalies) {}

    public record AnomalyResult(Anomaly anomaly, LabelledScores separation, double shareBelow60) {}

    private EngagementCheck() {}

    public static Result run(List<EngagementSeries> accounts, AuthenticityScorer scorer, long seed) {
        List<AuthenticityScore> clean = new ArrayList<>();
        List<List<AuthenticityScore>> injected = new ArrayList<>();
        for (Anomaly ignored : Anomaly.values()) {
            injected.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int used = 0;
        for (EngagementSeries s : accounts) {
            if (s.posts() < EngagementNorms.MIN_POSTS || s.followers() <= 0) {
                continue;
            }
            used++;
            clean.add(scorer.score(input(s, null, random)));
            for (Anomaly a : Anomaly.values()) {
                injected.get(a.ordinal()).add(scorer.score(input(s, a, random)));
            }
        }
        double[] cleanScores = clean.stream()
                .filter(AuthenticityScore::enoughData)
                .mapToDouble(AuthenticityScore::score)
                .toArray();
        double atLeast60 = cleanScores.length == 0
                ? Double.NaN
                : java.util.Arrays.stream(cleanScores).filter(x -> x >= 60).count() / (double) cleanScores.length;
        List<AnomalyResult> results = new ArrayList<>();
        for (Anomaly a : Anomaly.values()) {
            List<LabelledScores.Labelled> labelled = new ArrayList<>();
            clean.forEach(c -> labelled.add(new LabelledScores.Labelled(c, false)));
            injected.get(a.ordinal()).forEach(c -> labelled.add(new LabelledScores.Labelled(c, true)));
            List<AuthenticityScore> bad = injected.get(a.ordinal()).stream()
                    .filter(AuthenticityScore::enoughData)
                    .toList();
            double below60 = bad.isEmpty()
                    ? Double.NaN
                    : bad.stream().filter(b -> b.score() < 60).count() / (double) bad.size();
            results.add(new AnomalyResult(a, LabelledScores.of(labelled), below60));
        }
        return new Result(
                used, cleanScores.length, Stats.median(cleanScores), atLeast60, ScoreSpread.of(clean), results);
    }

    static AuthenticityInput input(EngagementSeries s, Anomaly anomaly, Random random) {
        CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, "real-" + s.id());
        Instant last = s.publishedAt()[0] > 0
                ? Instant.ofEpochSecond(s.publishedAt()[0])
                : Instant.parse("2019-01-01T00:00:00Z");
        Instant asOf = last.plus(Duration.ofDays(2));
        long followers = s.followers();
        List<FollowerSnapshot> snapshots = new ArrayList<>();
        snapshots.add(
                new FollowerSnapshot(key, asOf.minus(Duration.ofDays(60)), Math.round(followers / 1.02), null, null));
        if (anomaly == Anomaly.BOUGHT_FOLLOWERS) {
            snapshots.add(new FollowerSnapshot(key, asOf.minus(Duration.ofDays(27)), followers, null, null));
            followers *= 3;
            snapshots.add(new FollowerSnapshot(key, asOf.minus(Duration.ofDays(20)), followers, null, null));
        }
        snapshots.add(new FollowerSnapshot(key, asOf, followers, null, null));
        int n = Math.min(s.posts(), 12);
        List<Integer> boosted = new ArrayList<>();
        while (anomaly == Anomaly.BOUGHT_LIKES && boosted.size() < Math.min(3, n)) {
            int i = random.nextInt(n);
            if (!boosted.contains(i)) {
                boosted.add(i);
            }
        }
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < s.posts(); i++) {
            long likes = s.likes()[i] * (boosted.contains(i) ? 6 : 1);
            long comments = s.comments()[i] + (anomaly == Anomaly.COMMENT_POD ? 5 + Math.round(0.15 * likes) : 0);
            Instant at =
                    s.publishedAt()[i] > 0 ? Instant.ofEpochSecond(s.publishedAt()[i]) : last.minus(Duration.ofDays(i));
            posts.add(new Post(
                    key,
                    s.id() + "-" + i,
                    at,
                    PostFormat.PHOTO,
                    null,
                    null,
                    null,
                    likes,
                    comments,
                    null,
                    null,
                    null,
                    false,
                    null));
        }
        Creator creator =
                Creator.builder(key).followers(followers).observedAt(asOf).build();
        return new AuthenticityInput(creator, posts, snapshots, null, null, List.of(), asOf);
    }
}
