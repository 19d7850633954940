package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Post;
import io.microscout.metrics.CreatorMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticityScorerTest {
    private final AuthenticityScorer scorer = new AuthenticityScorer(Fixtures.FEW_FOLLOWERS_ARE_FAKE);

    private static AuthenticityComponent component(AuthenticityScore s, AuthenticitySignal name) {
        return s.components().stream()
                .filter(c -> c.signal() == name)
                .findFirst()
                .orElseThrow();
    }

    private AuthenticityScore score(
            long followers, List<Post> posts, FollowerSample sample, List<CommentSample> comments) {
        return scorer.score(new AuthenticityInput(
                Fixtures.creator(followers),
                posts,
                List.of(Fixtures.snapshot(60, followers - 100), Fixtures.snapshot(0, followers)),
                null,
                sample,
                comments,
                Fixtures.NOW));
    }

    @Test
    void cleanMicroInfluencerWithRealAudienceScoresHighWithHighConfidence() {
        AuthenticityScore s = score(8_000, Fixtures.healthyPosts(), Fixtures.sample(170, 10, 20), List.of());
        assertThat(s.state()).isEqualTo(AuthenticityScore.State.SCORED);
        // 85% real (10% mass followers, 5% fakes): high, but not the 100 a spotless audience gets
        assertThat(s.score()).isBetween(85, 99);
        assertThat(s.confidence()).isEqualTo(AuthenticityScore.Confidence.HIGH);
        AuthenticityComponent rate = component(s, AuthenticityComponents.ENGAGEMENT_RATE);
        assertThat(rate.benchmark()).isEqualTo(0.0278);
        assertThat(rate.reason()).contains("HypeAuditor");
    }

    @Test
    void microInfluencerWithBoughtFollowersScoresLowAndSaysWhy() {
        // same posts, but 40,000 followers of whom a sample shows 45% fakes: engagement 0.6%, 0.38x the benchmark
        AuthenticityScore s = score(40_000, Fixtures.healthyPosts(), Fixtures.sample(100, 90, 10), List.of());
        assertThat(s.score()).isLessThanOrEqualTo(50);
        AuthenticityComponent real = component(s, AuthenticityComponents.REAL_FOLLOWERS);
        assertThat(real.value()).isEqualTo(0.5);
        assertThat(real.score()).isZero();
        assertThat(real.reason()).contains("95% interval 43%-57%").contains("sample of 200");
        assertThat(component(s, AuthenticityComponents.ENGAGEMENT_RATE).score()).isLessThan(0.8);
    }

    @Test
    void podCommentsAreCaughtByCommentsAndTheRatio() {
        List<CommentSample> comments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            comments.add(new CommentSample("p" + i % 12, "u" + i, i % 3 == 0 ? "Great question, which oven?" : "🔥🔥"));
        }
        long[] likes = {220, 260, 190, 240, 300, 210, 250, 230, 280, 200, 245, 215};
        long[] podComments = new long[likes.length];
        for (int i = 0; i < likes.length; i++) {
            podComments[i] = likes[i] / 3;
        }
        AuthenticityScore s = score(8_000, Fixtures.posts(likes, podComments), null, comments);
        assertThat(component(s, AuthenticityComponents.COMMENTS).score()).isLessThan(0.5);
        assertThat(component(s, AuthenticityComponents.LIKES_TO_COMMENTS).score())
                .isZero();
        assertThat(s.score()).isLessThanOrEqualTo(50);
        assertThat(s.summary()).contains("caps the score");
    }

    @Test
    void aCreatorWithTwoPostsAndNothingElseIsNotEnoughData() {
        AuthenticityScore s = scorer.score(new AuthenticityInput(
                Fixtures.creator(8_000),
                Fixtures.healthyPosts().subList(0, 2),
                List.of(),
                null,
                null,
                List.of(),
                Fixtures.NOW));
        assertThat(s.state()).isEqualTo(AuthenticityScore.State.NOT_ENOUGH_DATA);
        assertThat(s.score()).isNull();
        assertThat(s.components()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void usesTheCatalogsMetricsWhenNoPostsAreGiven() {
        CreatorMetrics metrics = new CreatorMetrics(
                "last 12 posts",
                12,
                0.029,
                0.028,
                null,
                null,
                230.0,
                228.0,
                6.0,
                6.0,
                null,
                null,
                3.0,
                null,
                null,
                0.14,
                0.9,
                0.025,
                0.0,
                Fixtures.NOW,
                null);
        AuthenticityScore s = scorer.score(new AuthenticityInput(
                Fixtures.creator(8_000), List.of(), List.of(), metrics, null, List.of(), Fixtures.NOW));
        assertThat(component(s, AuthenticityComponents.ENGAGEMENT_RATE).value()).isEqualTo(0.029);
        assertThat(component(s, AuthenticityComponents.VOLATILITY).value()).isEqualTo(0.14);
        assertThat(s.state()).isEqualTo(AuthenticityScore.State.SCORED);
    }

    @Test
    void postsYoungerThanADayAreLeftOutOfTheWindow() {
        List<Post> posts = new ArrayList<>(Fixtures.healthyPosts());
        posts.add(Fixtures.post(99, Fixtures.NOW.minusSeconds(3_600), 5, 0));
        EngagementSignals e = EngagementSignals.of(8_000L, posts, null, Fixtures.NOW);
        assertThat(e.posts()).isEqualTo(12);
        assertThat(e.likes()).isEqualTo(3_045);
    }

    @Test
    void likesWithoutTheCommentsRealLikersLeaveLowerTheRatioButNoCommentsIsNoRedFlag() {
        long[] likes = {180, 320, 150, 260, 390, 210, 280, 170, 340, 200, 245, 300};
        AuthenticityScore typical = score(8_000, Fixtures.healthyPosts(), null, List.of());
        long[] fewComments = new long[likes.length];
        fewComments[0] = 1; // 1 comment per 3,045 likes: below the 2.5th percentile of real accounts (0.0015)
        AuthenticityScore bought = score(8_000, Fixtures.posts(likes, fewComments), null, List.of());
        AuthenticityScore none = score(8_000, Fixtures.posts(likes, new long[likes.length]), null, List.of());
        double typicalRatio =
                component(typical, AuthenticityComponents.LIKES_TO_COMMENTS).score();
        double boughtRatio =
                component(bought, AuthenticityComponents.LIKES_TO_COMMENTS).score();
        double noneRatio =
                component(none, AuthenticityComponents.LIKES_TO_COMMENTS).score();
        assertThat(boughtRatio).isLessThan(0.75).isGreaterThan(noneRatio);
        assertThat(noneRatio).isEqualTo(0.5);
        assertThat(typicalRatio).isGreaterThan(boughtRatio);
        assertThat(component(bought, AuthenticityComponents.LIKES_TO_COMMENTS).reason())
                .contains("fewer at bought likes");
    }
}
