package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthSpikesTest {

    @Test
    void aJumpWithFlatEngagementIsUnexplained() {
        List<io.microscout.creator.Post> posts = new ArrayList<>();
        for (int d = 1; d <= 60; d += 3) {
            posts.add(Fixtures.post(d, Fixtures.NOW.minus(Duration.ofDays(d)), 200, 5));
        }
        GrowthSpikes g = GrowthSpikes.of(
                List.of(
                        Fixtures.snapshot(90, 7_800),
                        Fixtures.snapshot(60, 7_900),
                        Fixtures.snapshot(33, 8_000),
                        Fixtures.snapshot(30, 16_000),
                        Fixtures.snapshot(0, 16_100)),
                posts);
        assertThat(g.spikes()).hasSize(1);
        assertThat(g.spikes().get(0).explained()).isFalse();
        assertThat(g.unexplainedGain()).isEqualTo(8_000);
    }

    @Test
    void aJumpThatEngagementFollowsIsExplained() {
        List<io.microscout.creator.Post> posts = new ArrayList<>();
        for (int d = 1; d <= 60; d += 3) {
            long likes = d < 30 ? 500 : 200; // a viral month: engagement rose with the followers
            posts.add(Fixtures.post(d, Fixtures.NOW.minus(Duration.ofDays(d)), likes, 5));
        }
        GrowthSpikes g = GrowthSpikes.of(
                List.of(Fixtures.snapshot(33, 8_000), Fixtures.snapshot(30, 12_000), Fixtures.snapshot(0, 12_100)),
                posts);
        assertThat(g.spikes())
                .singleElement()
                .satisfies(s -> assertThat(s.explained()).isTrue());
        assertThat(g.unexplainedGain()).isZero();
    }

    @Test
    void steadyGrowthHasNoSpike() {
        GrowthSpikes g = GrowthSpikes.of(
                List.of(
                        Fixtures.snapshot(90, 8_000),
                        Fixtures.snapshot(60, 8_200),
                        Fixtures.snapshot(30, 8_400),
                        Fixtures.snapshot(0, 8_600)),
                List.of());
        assertThat(g.spikes()).isEmpty();
    }
}
