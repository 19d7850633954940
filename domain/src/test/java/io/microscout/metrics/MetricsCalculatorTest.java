package io.microscout.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final CreatorKey KEY = CreatorKey.of(Platform.INSTAGRAM, "green.kitchen");

    final MetricsCalculator calculator = new MetricsCalculator(MetricsWindow.defaults());

    static Creator creatorWithFollowers(Long followers) {
        return Creator.builder(KEY).followers(followers).build();
    }

    static Post photo(int daysAgo, long likes, long comments) {
        return post(daysAgo * 24, PostFormat.PHOTO, likes, comments, null, false);
    }

    static Post post(int hoursAgo, PostFormat format, Long likes, Long comments, Long views, boolean sponsored) {
        return new Post(
                KEY,
                "p" + hoursAgo + format,
                NOW.minus(Duration.ofHours(hoursAgo)),
                format,
                "",
                null,
                null,
                likes,
                comments,
                views,
                null,
                null,
                sponsored,
                null);
    }

    @Test
    void engagementRateIsLikesPlusCommentsOverFollowersMeanAndMedian() {
        List<Post> posts = List.of(photo(2, 90, 10), photo(4, 190, 10), photo(6, 590, 10));
        CreatorMetrics m = calculator.compute(creatorWithFollowers(10_000L), posts, List.of(), NOW);
        assertThat(m.postsAnalysed()).isEqualTo(3);
        assertThat(m.engagementRateMean()).isCloseTo((0.01 + 0.02 + 0.06) / 3, within(1e-12));
        assertThat(m.engagementRateMedian()).isCloseTo(0.02, within(1e-12));
        assertThat(m.commentToLikeRatio()).isCloseTo(30.0 / 870, within(1e-12));
    }

    @Test
    void postsYoungerThan24HoursAndStoriesAreLeftOut() {
        List<Post> posts = List.of(
                post(5, PostFormat.PHOTO, 5000L, 0L, null, false),
                post(30, PostFormat.STORY, 5000L, 0L, null, false),
                photo(3, 100, 0));
        CreatorMetrics m = calculator.compute(creatorWithFollowers(10_000L), posts, List.of(), NOW);
        assertThat(m.postsAnalysed()).isEqualTo(1);
        assertThat(m.engagementRateMean()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void windowKeepsOnlyTheLastNPosts() {
        List<Post> posts = new ArrayList<>();
        for (int d = 1; d <= 40; d++) {
            posts.add(photo(d, d <= 31 ? 100 : 10_000, 0));
        }
        CreatorMetrics m = calculator.compute(creatorWithFollowers(10_000L), posts, List.of(), NOW);
        assertThat(m.postsAnalysed()).isEqualTo(30);
        assertThat(m.engagementRateMean()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void dayWindowKeepsOnlyRecentPosts() {
        MetricsCalculator lastWeek = new MetricsCalculator(MetricsWindow.parse("7days"));
        CreatorMetrics m = lastWeek.compute(
                creatorWithFollowers(1000L),
                List.of(photo(2, 10, 0), photo(6, 10, 0), photo(9, 10, 0)),
                List.of(),
                NOW);
        assertThat(m.postsAnalysed()).isEqualTo(2);
    }

    @Test
    void unknownFollowersMakeEngagementRateUnknownNotZero() {
        CreatorMetrics m = calculator.compute(creatorWithFollowers(null), List.of(photo(2, 10, 1)), List.of(), NOW);
        assertThat(m.engagementRateMean()).isNull();
        assertThat(m.averageLikes()).isEqualTo(10.0);
    }

    @Test
    void aCreatorWithoutPostsHasEveryEngagementMetricUnknown() {
        CreatorMetrics m = calculator.compute(creatorWithFollowers(5000L), List.of(), List.of(), NOW);
        assertThat(m.postsAnalysed()).isZero();
        assertThat(m.engagementRateMean()).isNull();
        assertThat(m.postsPerWeek()).isNull();
        assertThat(m.sponsoredShare()).isNull();
    }

    @Test
    void engagementByViewsCountsSharesAndSavesOfVideosOnly() {
        Post reel = new Post(
                KEY,
                "r1",
                NOW.minus(Duration.ofDays(2)),
                PostFormat.SHORT_VIDEO,
                "",
                null,
                null,
                80L,
                10L,
                1000L,
                6L,
                4L,
                false,
                null);
        CreatorMetrics m =
                calculator.compute(creatorWithFollowers(5000L), List.of(reel, photo(3, 50, 5)), List.of(), NOW);
        assertThat(m.engagementRateByViewsMean()).isCloseTo(0.1, within(1e-12));
        assertThat(m.averageViews()).isEqualTo(1000.0);
    }

    @Test
    void cadenceIsPostsPerWeekOverTheWindowSpan() {
        List<Post> posts = List.of(photo(2, 1, 0), photo(9, 1, 0), photo(16, 1, 0));
        CreatorMetrics m = calculator.compute(creatorWithFollowers(5000L), posts, List.of(), NOW);
        assertThat(m.postsPerWeek()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void sponsoredShareCountsDisclosedPosts() {
        List<Post> posts =
                List.of(post(50, PostFormat.PHOTO, 1L, 0L, null, true), photo(3, 1, 0), photo(4, 1, 0), photo(5, 1, 0));
        assertThat(calculator
                        .compute(creatorWithFollowers(5000L), posts, List.of(), NOW)
                        .sponsoredShare())
                .isEqualTo(0.25);
    }

    @Test
    void growthComparesTheLatestSnapshotWithOneNear30And90DaysBefore() {
        List<FollowerSnapshot> history = List.of(
                new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(92)), 8_000, null, null),
                new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(31)), 9_000, null, null),
                new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(1)), 9_900, null, null));
        CreatorMetrics m = calculator.compute(creatorWithFollowers(9_900L), List.of(), history, NOW);
        assertThat(m.followerGrowth30d()).isCloseTo(0.1, within(1e-12));
        assertThat(m.followerGrowth90d()).isCloseTo((9_900 - 8_000) / 8_000.0, within(1e-12));
    }

    @Test
    void growthIsUnknownWithoutASnapshotNearTheDate() {
        List<FollowerSnapshot> history = List.of(
                new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(1)), 9_900, null, null),
                new FollowerSnapshot(KEY, NOW.minus(Duration.ofDays(60)), 9_000, null, null));
        CreatorMetrics m = calculator.compute(creatorWithFollowers(9_900L), List.of(), history, NOW);
        assertThat(m.followerGrowth30d()).isNull();
        assertThat(m.followerGrowth90d()).isNull();
    }

    @Test
    void steadyEngagementIsConsistentAndPodLikeSpikesAreVolatile() {
        List<Post> steady = List.of(photo(2, 100, 5), photo(3, 110, 5), photo(4, 95, 5), photo(5, 105, 5));
        List<Post> spiky = List.of(photo(2, 100, 5), photo(3, 2000, 5), photo(4, 20, 5), photo(5, 105, 5));
        CreatorMetrics a = calculator.compute(creatorWithFollowers(5000L), steady, List.of(), NOW);
        CreatorMetrics b = calculator.compute(creatorWithFollowers(5000L), spiky, List.of(), NOW);
        assertThat(a.engagementConsistency()).isEqualTo(1.0);
        assertThat(b.engagementConsistency()).isEqualTo(0.5);
        assertThat(a.engagementVolatility()).isLessThan(0.1);
        assertThat(b.engagementVolatility()).isGreaterThan(1.0);
    }

    @Test
    void everyMetricHasAFormula() {
        for (var component : CreatorMetrics.class.getRecordComponents()) {
            String name = component.getName();
            if (!name.equals("window") && !name.equals("computedAt") && !name.equals("statedBy")) {
                assertThat(MetricFormulas.FORMULAS).containsKey(name);
            }
        }
    }
}
