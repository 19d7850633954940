package io.microscout.app;

import io.microscout.creator.CreatorKey;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Where discovery reads vetting's authenticity score (0–100) of a creator, and how many creators have one.
 * The composition root answers from the scores vetting stores after each import; {@link #NOT_STORED} is for
 * catalogs read without vetting (unknown for everyone, never 0).
 */
public record AuthenticityLookup(Function<CreatorKey, Double> score, LongSupplier scoredCreators) {

    /** No score stored for anyone: every creator's authenticity is unknown (never 0). */
    public static final AuthenticityLookup NOT_STORED = new AuthenticityLookup(k -> null, () -> 0);
}
