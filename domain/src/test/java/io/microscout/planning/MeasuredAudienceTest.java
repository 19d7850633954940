package io.microscout.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.brief.AgeBand;
import io.microscout.brief.AudienceTarget;
import io.microscout.brief.Gender;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceData;
import io.microscout.discovery.AudienceProfile;
import io.microscout.forecast.BuyerFactor;
import io.microscout.tier.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forecast's in-market share from a measured audience, and the brief's fields no data supports said aloud. */
class MeasuredAudienceTest {
    private static final AudienceTarget DACH_RUNNERS = new AudienceTarget(Set.of("DE", "AT"), Set.of(), null, null);
    private static final AudienceProfile KIT = AudienceProfile.measured(
            new AudienceData(
                    Map.of("DE", 0.62, "AT", 0.18, "US", 0.10),
                    Map.of(),
                    Map.of(AgeBand.parse("18-24"), 0.4, AgeBand.parse("25-34"), 0.45, AgeBand.parse("35-44"), 0.15),
                    Map.of(Gender.FEMALE, 0.7, Gender.MALE, 0.3)),
            "measured: followers by media kit (kit.csv), 2026-11-30");

    private static PlanCandidate inBrazil(AudienceProfile audience) {
        return new PlanCandidate(
                CreatorKey.parse("instagram:corredora"),
                Tier.MICRO,
                List.of("fitness"),
                "BR",
                "pt",
                20_000,
                90.0,
                0.7,
                new long[0],
                null,
                null,
                audience,
                0.6);
    }

    @Test
    void aCreatorAbroadWhoseMeasuredAudienceIsInTheMarketCountsAsInMarket() {
        BuyerFactor estimated = BuyerModel.defaults().inMarket(inBrazil(null), DACH_RUNNERS);
        BuyerFactor measured = BuyerModel.defaults().inMarket(inBrazil(KIT), DACH_RUNNERS);

        assertThat(estimated.value()).isCloseTo(0.05, within(1e-9));
        assertThat(estimated.estimated()).isTrue();
        assertThat(estimated.reason()).contains("estimated from the creator's country BR");
        assertThat(measured.value()).isCloseTo(0.80, within(1e-9));
        assertThat(measured.estimated()).isFalse();
        assertThat(measured.reason()).contains("80% in AT/DE").contains("media kit (kit.csv)");
        assertThat(measured.concentration()).isGreaterThan(estimated.concentration());
    }

    @Test
    void agesAndGendersNarrowTheShareWhereTheAudienceIsMeasured() {
        AudienceTarget youngWomen = new AudienceTarget(
                Set.of("DE", "AT"), Set.of(), List.of(AgeBand.parse("18-34")), Set.of(Gender.FEMALE));

        BuyerFactor f = BuyerModel.defaults().inMarket(inBrazil(KIT), youngWomen);

        assertThat(f.value()).isCloseTo(0.80 * 0.85 * 0.70, within(1e-9));
        assertThat(BuyerModel.defaults().unsupported(inBrazil(KIT), youngWomen)).isEmpty();
    }

    @Test
    void withoutAudienceDataTheBriefsAgesAndGendersAreNamedAsUnsupported() {
        AudienceTarget youngWomen =
                new AudienceTarget(Set.of("DE"), Set.of(), List.of(AgeBand.parse("18-34")), Set.of(Gender.FEMALE));

        assertThat(BuyerModel.defaults().unsupported(inBrazil(null), youngWomen))
                .containsExactly("ages [18-34]", "genders [female]");
        assertThat(BuyerModel.defaults().inMarket(inBrazil(null), youngWomen).value())
                .isCloseTo(0.05, within(1e-9));
    }
}
