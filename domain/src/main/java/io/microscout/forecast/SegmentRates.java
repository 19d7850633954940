package io.microscout.forecast;

import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.util.Map;
import java.util.Optional;

/**
 * Rates learned for one workspace per platform and tier (reach of a feed post per follower, click-through,
 * conversion), replacing the defaults of {@link ForecastAssumptions} where known. The spread of each rate (its
 * Beta concentration) stays the assumed one: what is learned is where the rate of a new creator is centred.
 *
 * @param rates  per segment; a segment or a rate that is absent falls back to the defaults
 * @param source how the rates were learned, printed beside a forecast that uses them
 */
public record SegmentRates(Map<Segment, Learned> rates, String source) {

    /** A platform and tier: the unit the priors are kept per. */
    public record Segment(Platform platform, Tier tier) {
        @Override
        public String toString() {
            return platform.id() + "/" + tier.id();
        }
    }

    /**
     * The learned means of one segment; null where nothing was observed.
     *
     * @param evidence how many creator results went into each (reach, click-through, conversion)
     */
    public record Learned(Double reach, Double clickThrough, Double conversion, int[] evidence) {}

    public SegmentRates {
        rates = Map.copyOf(rates);
    }

    /** Nothing learned: the defaults everywhere. */
    public static SegmentRates none() {
        return new SegmentRates(Map.of(), "defaults");
    }

    public boolean isEmpty() {
        return rates.isEmpty();
    }

    Optional<Learned> of(Platform platform, Tier tier) {
        return Optional.ofNullable(rates.get(new Segment(platform, tier)));
    }
}
