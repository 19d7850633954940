package io.microscout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.forecast.Figure;
import org.junit.jupiter.api.Test;

class RealisedTest {
    @Test
    void creatorsWithoutReportedMetricsAddUpToUnknownImpressionsNotToAnError() {
        Realised a = new Realised(null, null, 3, 2, 14_850, 40_000);
        Realised b = new Realised(null, null, 1, 2, 19_590, 25_000);

        Realised total = a.plus(b);

        assertThat(total.impressions()).isNull();
        assertThat(total.engagements()).isNull();
        assertThat(total.clicks()).isEqualTo(4);
        assertThat(total.figures(6.5)).doesNotContainKey(Figure.IMPRESSIONS).containsKey(Figure.ROI);
    }

    @Test
    void reportedImpressionsAddToTheUnknownOfAnother() {
        Realised total = new Realised(12_000L, 640L, 0, 0, 0, 0).plus(Realised.NONE);

        assertThat(total.impressions()).isEqualTo(12_000L);
        assertThat(total.engagements()).isEqualTo(640L);
    }
}
