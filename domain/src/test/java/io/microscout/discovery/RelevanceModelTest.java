package io.microscout.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceModelTest {
    private final RelevanceModel model = RelevanceModel.FITTED;

    @Test
    void keywordsCannotLiftACreatorTheMeaningPutsOffTopic() {
        // "Make up artist" for an art-supplies brief: every keyword matches, the meaning is unrelated
        RelevanceEvidence makeUpArtist = new RelevanceEvidence(0.02, 1.0, 1.0, 1.0);
        RelevanceEvidence painter = new RelevanceEvidence(0.45, 0.0, 0.0, 0.0);
        assertThat(model.score(makeUpArtist)).isZero();
        assertThat(model.score(painter)).isGreaterThan(0.0);
    }

    @Test
    void wordsAddWhereMeaningAgrees() {
        RelevanceEvidence withWords = new RelevanceEvidence(0.25, 1.0, null, 0.5);
        RelevanceEvidence without = new RelevanceEvidence(0.25, 0.0, null, 0.0);
        assertThat(model.score(withWords)).isGreaterThan(model.score(without));
        assertThat(model.score(withWords)).isLessThanOrEqualTo(model.meaning(withWords));
    }

    @Test
    void withoutMeaningTheKnownPartsAreAveragedAndNothingKnownIsUnknown() {
        assertThat(model.score(new RelevanceEvidence(null, 0.8, null, 0.4))).isEqualTo(0.6000000000000001);
        assertThat(model.score(new RelevanceEvidence(null, null, null, null))).isNull();
    }
}
