package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledScoresTest {

    private static LabelledScores.Labelled scored(Integer score, boolean cheats) {
        AuthenticityScore s = new AuthenticityScore(
                score,
                score == null ? AuthenticityScore.State.NOT_ENOUGH_DATA : AuthenticityScore.State.SCORED,
                AuthenticityScore.Confidence.LOW,
                0.5,
                List.of(),
                null,
                "");
        return new LabelledScores.Labelled(s, cheats);
    }

    @Test
    void aucIsOneWhenEveryCheatScoresBelowEveryCleanCreator() {
        LabelledScores r = LabelledScores.of(
                List.of(scored(90, false), scored(80, false), scored(40, true), scored(30, true), scored(null, true)));
        assertThat(r.rocAuc()).isEqualTo(1.0);
        assertThat(r.notEnoughData()).isEqualTo(1);
        assertThat(r.cheats()).isEqualTo(3);
    }

    @Test
    void aucIsAHalfWhenTheScoreDoesNotSeparate() {
        LabelledScores r = LabelledScores.of(List.of(scored(70, false), scored(70, true)));
        assertThat(r.rocAuc()).isEqualTo(0.5);
    }
}
