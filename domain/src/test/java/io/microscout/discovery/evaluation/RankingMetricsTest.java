package io.microscout.discovery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void precisionCountsRelevantResultsAmongTheFirstKAndMissingResultsAsMisses() {
        assertThat(RankingMetrics.precisionAt(4, List.of("a", "x", "b", "y", "c"), Set.of("a", "b", "c")))
                .isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(10, List.of("a", "b"), Set.of("a", "b")))
                .isEqualTo(0.2);
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndLowerWhenTheBestIsLate() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1);
        assertThat(RankingMetrics.ndcgAt(5, List.of("a", "b", "x"), grades)).isEqualTo(1.0);
        // DCG of [x, b, a] = 1/log2(3) + 3/log2(4) = 0.6309 + 1.5; ideal = 3/1 + 1/log2(3) = 3.6309
        assertThat(RankingMetrics.ndcgAt(5, List.of("x", "b", "a"), grades)).isCloseTo(2.1309 / 3.6309, within(1e-4));
    }

    @Test
    void ndcgIsUndefinedWhenNothingIsRelevant() {
        assertThat(RankingMetrics.ndcgAt(5, List.of("a"), Map.of())).isNull();
    }
}
