package io.microscout.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A shop order as attribution needs it, and no more: the shop's order reference, when it was placed, its total,
 * the discount codes used and the UTM parameters it arrived with. The buyer's e-mail, name and address are not
 * read into it (attribution does not need them), so they are never stored.
 *
 * @param reference  the shop's order name or number ("#1001"): an order is imported once per campaign
 * @param counted    false for orders that brought no money (refunded, voided, cancelled, failed)
 * @param status     the shop's status as exported ("paid", "completed", "refunded")
 */
public record Order(
        String reference,
        Instant placedAt,
        long totalCents,
        List<String> discountCodes,
        Utm utm,
        String status,
        boolean counted) {

    public Order {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an order needs its reference");
        }
        reference = reference.trim();
        discountCodes = discountCodes.stream()
                .map(PromoCodes::normalize)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        utm = utm == null ? Utm.NONE : utm;
        Objects.requireNonNull(placedAt, "placedAt");
        status = status == null ? "" : status;
    }
}
