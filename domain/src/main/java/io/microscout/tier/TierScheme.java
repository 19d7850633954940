package io.microscout.tier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Follower brackets for tiers: each tier starts at a follower count (inclusive) and ends where the next
 * present tier starts. Followers below the first bracket belong to the first tier.
 *
 * <p>Named schemes:
 * <ul>
 *   <li>{@code microscout} (default, the project's founding definition): nano &lt; 3k, micro 3k–100k,
 *       mid 100k–500k, macro 500k–1M, mega 1M+.</li>
 *   <li>{@code industry}: nano 1k–10k, micro 10k–100k, mid 100k–500k, macro 500k–1M, mega 1M+ (common usage).</li>
 *   <li>{@code tides}: nano 1k–10k, micro 10k–50k, mid 50k–500k, macro 500k–1M, mega 1M+
 *       (TIDES, ICWSM 2024, TikTok).</li>
 *   <li>{@code gan2019}: micro 5k–100k (Gan et al., ACM MM 2019), otherwise as the default.</li>
 * </ul>
 */
public final class TierScheme {
    private final String name;
    private final EnumMap<Tier, Long> starts;

    public TierScheme(String name, Map<Tier, Long> starts) {
        this.name = Objects.requireNonNull(name, "name");
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("tier scheme '" + name + "' has no tiers");
        }
        this.starts = new EnumMap<>(starts);
        long previous = Long.MIN_VALUE;
        for (Map.Entry<Tier, Long> e : this.starts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException(
                        "tier scheme '" + name + "': " + e.getKey().id() + " needs a start >= 0");
            }
            if (e.getValue() <= previous) {
                throw new IllegalArgumentException("tier scheme '" + name + "': "
                        + e.getKey().id() + " must start above the tier before it (" + previous + ")");
            }
            previous = e.getValue();
        }
    }

    public static TierScheme microscoutDefault() {
        return of("microscout", 0, 3_000, 100_000, 500_000, 1_000_000);
    }

    public static TierScheme industry() {
        return of("industry", 1_000, 10_000, 100_000, 500_000, 1_000_000);
    }

    public static TierScheme tides() {
        return of("tides", 1_000, 10_000, 50_000, 500_000, 1_000_000);
    }

    public static TierScheme gan2019() {
        return of("gan2019", 0, 5_000, 100_000, 500_000, 1_000_000);
    }

    /** The built-in scheme of that name; throws naming the known ones otherwise. */
    public static TierScheme named(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "microscout":
            case "default":
                return microscoutDefault();
            case "industry":
                return industry();
            case "tides":
                return tides();
            case "gan2019":
                return gan2019();
            default:
                throw new IllegalArgumentException(
                        "unknown tier scheme '" + name + "'; expected microscout, industry, tides, gan2019 or a file");
        }
    }

    private static TierScheme of(String name, long nano, long micro, long mid, long macro, long mega) {
        EnumMap<Tier, Long> m = new EnumMap<>(Tier.class);
        m.put(Tier.NANO, nano);
        m.put(Tier.MICRO, micro);
        m.put(Tier.MID, mid);
        m.put(Tier.MACRO, macro);
        m.put(Tier.MEGA, mega);
        return new TierScheme(name, m);
    }

    public String name() {
        return name;
    }

    /** The tier of an account with that many followers, or null when followers are unknown. */
    public Tier tierOf(Long followers) {
        if (followers == null) {
            return null;
        }
        Tier found = starts.keySet().iterator().next();
        for (Map.Entry<Tier, Long> e : starts.entrySet()) {
            if (followers >= e.getValue()) {
                found = e.getKey();
            }
        }
        return found;
    }

    /** Inclusive lower bound of the tier's followers, or null if the scheme has no such tier. */
    public Long lowerBound(Tier tier) {
        return starts.get(tier);
    }

    /** Exclusive upper bound of the tier's followers, or null when it is the top tier (or absent). */
    public Long upperBound(Tier tier) {
        if (!starts.containsKey(tier)) {
            return null;
        }
        for (Map.Entry<Tier, Long> e : starts.entrySet()) {
            if (e.getKey().ordinal() > tier.ordinal()) {
                return e.getValue();
            }
        }
        return null;
    }

    public Map<Tier, Long> starts() {
        return Collections.unmodifiableMap(starts);
    }

    @Override
    public String toString() {
        return name + starts;
    }
}
