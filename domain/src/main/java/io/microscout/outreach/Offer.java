package io.microscout.outreach;

import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import java.util.Objects;

/** What is offered to (or agreed with) a creator: one deliverable at a price in dollars. */
public record Offer(Deliverable deliverable, double price) {
    public Offer {
        Objects.requireNonNull(deliverable, "deliverable");
        if (!(price >= 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("an offer's price is an amount of 0 or more, got " + price);
        }
    }

    /** "Instagram reel for $350.00". */
    public String describe() {
        return deliverable.label() + " for " + Money.cents(Money.toCents(price));
    }
}
