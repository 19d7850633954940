package io.microscout.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchLimitsTest {

    @Test
    void aFetchStartsAtThePlatformsFirstPhaseWithNoPostsAndThePageCappedByThePlatform() {
        ObjectNode s = new FetchLimits(120, 80, Duration.ofMinutes(1), false).startState("anna", "profile", 50);

        assertThat(s.get("handle").asText()).isEqualTo("anna");
        assertThat(s.get("phase").asText()).isEqualTo("profile");
        assertThat(s.get("posts").asInt()).isZero();
        assertThat(s.get("maxPosts").asInt()).isEqualTo(120);
        assertThat(s.get("pageSize").asInt()).isEqualTo(50);
        assertThat(FetchLimits.defaults()
                        .startState("anna", "user", 100)
                        .get("pageSize")
                        .asInt())
                .isEqualTo(25);
    }
}
