package io.microscout.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PricerTest {
    private static final CreatorKey ANNA = CreatorKey.of(Platform.INSTAGRAM, "anna.bakes");

    private static PricingSubject micro(long followers) {
        return new PricingSubject(ANNA, Tier.MICRO, followers, null, null);
    }

    @Test
    void photoPostRangeOfEveryTierLiesWithinThePublishedRange() {
        Pricer pricer = Pricer.defaults();
        TierScheme scheme = TierScheme.microscoutDefault();
        for (Tier tier : Tier.values()) {
            Range published = RateCard.defaults().tierPrices().get(tier);
            long lo = Math.max(1_000, scheme.lowerBound(tier));
            for (long f : new long[] {
                lo, lo * 2, lo * 5, scheme.upperBound(tier) == null ? lo * 10 : scheme.upperBound(tier) - 1
            }) {
                PriceEstimate p =
                        pricer.estimate(new PricingSubject(ANNA, tier, f, null, null), Deliverable.INSTAGRAM_POST);
                assertThat(p.low()).as("%s %d", tier, f).isGreaterThanOrEqualTo(published.low() - 1e-9);
                assertThat(p.high()).as("%s %d", tier, f).isLessThanOrEqualTo(published.high() + 1e-9);
                assertThat(p.point()).isBetween(p.low(), p.high());
            }
        }
    }

    @Test
    void priceGrowsWithFollowersWithinATier() {
        Pricer pricer = Pricer.defaults();
        assertThat(pricer.estimate(micro(10_000), Deliverable.INSTAGRAM_POST).point())
                .isLessThan(pricer.estimate(micro(50_000), Deliverable.INSTAGRAM_POST)
                        .point());
    }

    @Test
    void reelCostsFortyToFiftyPercentMoreThanAPhotoPost() {
        Pricer pricer = Pricer.defaults();
        double post = pricer.estimate(micro(30_000), Deliverable.INSTAGRAM_POST).point();
        double reel = pricer.estimate(micro(30_000), Deliverable.INSTAGRAM_REEL).point();
        assertThat(reel / post).isBetween(1.40, 1.50);
    }

    @Test
    void engagementAboveTheTierBenchmarkRaisesThePriceAndCountryLowersIt() {
        Pricer pricer = Pricer.defaults();
        double base = pricer.estimate(micro(30_000), Deliverable.INSTAGRAM_POST).point();
        double engaged = pricer.estimate(
                        new PricingSubject(ANNA, Tier.MICRO, 30_000, 0.0632, null), Deliverable.INSTAGRAM_POST)
                .point();
        double india = pricer.estimate(
                        new PricingSubject(ANNA, Tier.MICRO, 30_000, null, "IN"), Deliverable.INSTAGRAM_POST)
                .point();
        assertThat(engaged / base)
                .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-4)); // (4x benchmark)^0.5, to the cent
        assertThat(india).isLessThan(base);
    }

    @Test
    void recordedQuoteOverridesTheEstimate() {
        Quote quote =
                new Quote(ANNA, Deliverable.INSTAGRAM_REEL, 275, Instant.parse("2026-11-01T10:00:00Z"), "by e-mail");
        Pricer pricer = new Pricer(RateCard.defaults(), TierScheme.microscoutDefault(), Quotes.of(quote));
        PriceEstimate price = pricer.price(micro(30_000), Deliverable.INSTAGRAM_REEL);
        assertThat(price.isQuote()).isTrue();
        assertThat(price.point()).isEqualTo(275);
        assertThat(price.low()).isEqualTo(275);
        assertThat(pricer.price(micro(30_000), Deliverable.INSTAGRAM_POST).isQuote())
                .isFalse();
    }

    @Test
    void latestQuoteWins() {
        Quote old = new Quote(ANNA, Deliverable.INSTAGRAM_POST, 200, Instant.parse("2026-10-01T00:00:00Z"), null);
        Quote recent = new Quote(ANNA, Deliverable.INSTAGRAM_POST, 240, Instant.parse("2026-11-01T00:00:00Z"), null);
        assertThat(Quotes.of(recent, old).latest(ANNA, Deliverable.INSTAGRAM_POST))
                .contains(recent);
    }
}
