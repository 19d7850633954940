package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A creator's authenticity as last computed and kept in the catalog, for listing and filtering; the full
 * explanation ({@link AuthenticityScore#components()}) is recomputed when one creator is shown.
 *
 * @param score null when the state is {@link AuthenticityScore.State#NOT_ENOUGH_DATA}
 */
public record StoredAuthenticity(
        CreatorKey creator,
        Integer score,
        AuthenticityScore.State state,
        AuthenticityScore.Confidence confidence,
        double coveredWeight,
        Instant computedAt) {
    public StoredAuthenticity {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    public static StoredAuthenticity of(CreatorKey creator, AuthenticityScore s, Instant computedAt) {
        return new StoredAuthenticity(creator, s.score(), s.state(), s.confidence(), s.coveredWeight(), computedAt);
    }
}
