package io.microscout.tier;

import java.util.EnumMap;
import java.util.Map;

/** A table of one number per tier (benchmarks, reach rates), written nano to mega. */
public final class ByTier {
    private ByTier() {}

    public static Map<Tier, Double> of(double nano, double micro, double mid, double macro, double mega) {
        Map<Tier, Double> m = new EnumMap<>(Tier.class);
        m.put(Tier.NANO, nano);
        m.put(Tier.MICRO, micro);
        m.put(Tier.MID, mid);
        m.put(Tier.MACRO, macro);
        m.put(Tier.MEGA, mega);
        return m;
    }
}
