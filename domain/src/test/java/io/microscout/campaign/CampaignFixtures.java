package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.SegmentRates;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** A small campaign of two creators (a micro Instagram creator and a macro TikTok creator) for tests. */
final class CampaignFixtures {
    static final CreatorKey ZOE = CreatorKey.parse("instagram:zoe.h.beauty");
    static final CreatorKey RYAN = CreatorKey.parse("tiktok:ryan.j.wellness");
    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private CampaignFixtures() {}

    static Campaign campaign() {
        Map<CreatorKey, CampaignSetup.CreatorFacts> facts = Map.of(
                ZOE, new CampaignSetup.CreatorFacts(Tier.MICRO, 40_000, new long[] {900, 1200, 1500, 800}),
                RYAN, new CampaignSetup.CreatorFacts(Tier.MACRO, 400_000, new long[] {9000, 12000, 15000}));
        AtomicLong ids = new AtomicLong(100);
        return new CampaignSetup(
                        ForecastAssumptions.defaults().withDraws(500),
                        SegmentRates.none(),
                        k -> Optional.ofNullable(facts.get(k)))
                .create(
                        0,
                        "Spring Launch 2026",
                        "https://shop.example/serum?ref=x",
                        null,
                        List.of(
                                new Agreement(
                                        ZOE,
                                        io.microscout.pricing.Deliverable.INSTAGRAM_REEL,
                                        45_000,
                                        LocalDate.parse("2026-11-20")),
                                new Agreement(RYAN, io.microscout.pricing.Deliverable.TIKTOK_VIDEO, 300_000, null)),
                        Set.of("ZOEHBEAUTY26"),
                        NOW,
                        ids::incrementAndGet);
    }

    static Order order(String ref, long cents, List<String> codes, Utm utm) {
        return new Order(ref, NOW.plusSeconds(3600), cents, codes, utm, "paid", true);
    }
}
