package io.microscout.app;

import io.microscout.creator.CreatorKey;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Where discovery reads vetting's authenticity score (0–100) of a creator, and how many creators have one.
 * SEAM: until the catalog stores vetting's scores (branch wire-authenticity), {@link #NOT_STORED} answers
 * unknown for everyone; the composition root swaps in the stored lookup there and nowhere else.
 */
public record AuthenticityLookup(Function<CreatorKey, Double> score, LongSupplier scoredCreators) {

    /** No score stored for anyone: every creator's authenticity is unknown (never 0). */
    public static final AuthenticityLookup NOT_STORED = new AuthenticityLookup(k -> null, () -> 0);
}
