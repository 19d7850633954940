package io.microscout.pricing;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A price the creator quoted for one deliverable, in US dollars. Once recorded it overrides the estimate
 * everywhere MicroScout shows or uses a price.
 */
public record Quote(CreatorKey creator, Deliverable deliverable, double amountUsd, Instant recordedAt, String note) {

    public Quote {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(deliverable, "deliverable");
        if (!(amountUsd > 0) || Double.isInfinite(amountUsd)) {
            throw new IllegalArgumentException("a quote needs a positive amount, got " + amountUsd);
        }
        if (deliverable.platform() != creator.platform()) {
            throw new IllegalArgumentException("a quote for " + creator + " cannot be for a " + deliverable.label());
        }
        note = note == null ? "" : note;
    }
}
