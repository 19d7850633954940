package io.microscout.discovery;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Something known of some creators (an authenticity score, a measured audience), read for many at once: discovery
 * reads it for all its candidates in one query rather than one per creator.
 */
@FunctionalInterface
public interface CreatorLookup<T> {

    /** What is known of these creators; creators with nothing known are left out. */
    Map<CreatorKey, T> of(Collection<CreatorKey> keys);

    /** What is known of one creator, or null. */
    default T of(CreatorKey key) {
        return of(List.of(key)).get(key);
    }

    /** A lookup asked one creator at a time (null: nothing known). */
    static <T> CreatorLookup<T> each(Function<CreatorKey, T> one) {
        if (one == null) {
            return keys -> Map.of();
        }
        return keys -> {
            Map<CreatorKey, T> out = new HashMap<>();
            for (CreatorKey k : keys) {
                T v = one.apply(k);
                if (v != null) {
                    out.put(k, v);
                }
            }
            return out;
        };
    }
}
