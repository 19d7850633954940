package io.microscout.discovery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.CandidateEvidence;
import io.microscout.discovery.RelevanceEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceFitTest {

    /** Relevant creators have a keyword match and a middling cosine; decoys a slightly higher cosine and no words. */
    private static RelevanceFit.Case wordsHelp(String name) {
        List<CandidateEvidence> c = new ArrayList<>();
        Map<CreatorKey, Integer> grades = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            CreatorKey good = CreatorKey.of(Platform.YOUTUBE, name + "-good" + i);
            c.add(new CandidateEvidence(good, new RelevanceEvidence(0.30, 1.0, null, 0.5)));
            grades.put(good, 2);
            c.add(new CandidateEvidence(
                    CreatorKey.of(Platform.YOUTUBE, name + "-decoy" + i), new RelevanceEvidence(0.33, 0.0, null, 0.0)));
        }
        return new RelevanceFit.Case("test", name, c, grades);
    }

    @Test
    void theFitFindsWordEvidenceWhereItHelpsAndSaysSoOnHeldOutBriefs() {
        RelevanceFit.Result r = RelevanceFit.fit(List.of(wordsHelp("a"), wordsHelp("b"), wordsHelp("c")), 10);
        assertThat(r.embeddingAlone().precision()).isZero();
        assertThat(r.crossValidated().precision()).isEqualTo(1.0);
        assertThat(r.chosen().wordsWeight() + r.chosen().nicheWeight()).isPositive();
        assertThat(r.format(10)).contains("leave-one-brief-out").contains("embedding alone");
    }

    @Test
    void whenWordsDoNotHelpTheFitKeepsTheEmbeddingsOrder() {
        List<RelevanceFit.Case> cases = new ArrayList<>();
        for (String n : List.of("a", "b", "c")) {
            List<CandidateEvidence> c = new ArrayList<>();
            Map<CreatorKey, Integer> grades = new HashMap<>();
            for (int i = 0; i < 12; i++) {
                CreatorKey good = CreatorKey.of(Platform.YOUTUBE, n + "-good" + i);
                c.add(new CandidateEvidence(good, new RelevanceEvidence(0.6, 0.0, null, 0.0)));
                grades.put(good, 1);
                c.add(new CandidateEvidence(
                        CreatorKey.of(Platform.YOUTUBE, n + "-keyword" + i),
                        new RelevanceEvidence(0.2, 1.0, null, 1.0)));
            }
            cases.add(new RelevanceFit.Case("test", n, c, grades));
        }
        RelevanceFit.Result r = RelevanceFit.fit(cases, 10);
        assertThat(r.embeddingAlone().precision()).isEqualTo(1.0);
        assertThat(r.crossValidated().precision()).isEqualTo(1.0);
    }
}
