package io.microscout.app;

import io.microscout.discovery.CreatorLookup;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where discovery reads vetting's authenticity scores (0–100) of creators, many at once, and how many creators have one.
 * The composition root answers from the scores vetting stores after each import; {@link #NOT_STORED} is for
 * catalogs read without vetting (unknown for everyone, never 0).
 */
public record AuthenticityLookup(CreatorLookup<Double> scores, LongSupplier scoredCreators) {

    /** No score stored for anyone: every creator's authenticity is unknown (never 0). */
    public static final AuthenticityLookup NOT_STORED = new AuthenticityLookup(keys -> Map.of(), () -> 0);
}
