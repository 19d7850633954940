package io.microscout.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    private final FakeAccountTrainer.Settings shipped = FakeAccountTrainer.Settings.defaults();

    @Test
    void aSmallerSubsampleChangesNothingElse() {
        FakeAccountTrainer.Settings s = shipped.withMaxPerSource(300);

        assertEquals(300, s.maxPerSource());
        assertEquals(shipped, s.withMaxPerSource(shipped.maxPerSource()));
    }

    @Test
    void anAutomaticThresholdKeepsFeaturesAndSubsample() {
        FakeAccountTrainer.Settings s = shipped.withThreshold(null);

        assertNull(s.fixedThreshold());
        assertEquals(shipped.features(), s.features());
        assertEquals(shipped.maxPerSource(), s.maxPerSource());
        assertEquals(shipped, s.withThreshold(shipped.fixedThreshold()));
    }

    @Test
    void otherFeaturesKeepThresholdAndSubsample() {
        FakeAccountTrainer.Settings s = shipped.withFeatures(List.of(AccountFeature.values()[0]));

        assertEquals(List.of(AccountFeature.values()[0]), s.features());
        assertEquals(shipped.fixedThreshold(), s.fixedThreshold());
        assertEquals(shipped.maxPerSource(), s.maxPerSource());
    }

    @Test
    void aNegativeSubsampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> shipped.withMaxPerSource(-1));
    }
}
