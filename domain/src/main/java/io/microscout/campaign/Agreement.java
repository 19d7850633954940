package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What one creator agreed to deliver, at what price, by when (null: no date agreed). */
public record Agreement(CreatorKey creator, Deliverable format, long priceCents, LocalDate due) {
    public Agreement {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(format, "format");
        if (format.platform() != creator.platform()) {
            throw new IllegalArgumentException(
                    format.id() + " is not a " + creator.platform().id() + " deliverable (creator " + creator + ")");
        }
        if (priceCents < 0) {
            throw new IllegalArgumentException("an agreed price cannot be negative (creator " + creator + ")");
        }
    }

    /** The selections of a saved plan, at the plan's prices (the lead's outreach step replaces them when agreed). */
    public static List<Agreement> fromPlan(SavedPlan plan) {
        return plan.selections().stream()
                .map(i -> new Agreement(i.creator(), i.deliverable(), Money.toCents(i.price()), null))
                .toList();
    }

    /**
     * What the creators who said yes in outreach agreed to (agreed, contracted or later: deliverable and price);
     * the deliverable the outreach offer names, at its price, with no due date yet.
     */
    public static List<Agreement> fromOutreach(List<io.microscout.outreach.Agreement> yes) {
        return yes.stream()
                .map(a -> new Agreement(
                        a.creator(),
                        a.terms().deliverable(),
                        Money.toCents(a.terms().price()),
                        null))
                .toList();
    }

    /**
     * One agreement from text: {@code PLATFORM:HANDLE,DELIVERABLE,PRICE[,DUE]}, e.g.
     * {@code instagram:zoe.h.beauty,instagram-reel,450,2026-12-20}.
     */
    public static Agreement parse(String text) {
        String[] p = text == null ? new String[0] : text.split(",", -1);
        if (p.length < 3 || p.length > 4) {
            throw new IllegalArgumentException(
                    "an agreement is PLATFORM:HANDLE,DELIVERABLE,PRICE[,DUE], got '" + text + "'");
        }
        double price;
        try {
            price = Double.parseDouble(p[2].trim().replace("$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the price in '" + text + "' is not a number: '" + p[2] + "'");
        }
        LocalDate due;
        try {
            due = p.length == 4 && !p[3].isBlank() ? LocalDate.parse(p[3].trim()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "the due date in '" + text + "' is not a date (YYYY-MM-DD): '" + p[3] + "'");
        }
        return new Agreement(CreatorKey.parse(p[0].trim()), Deliverable.parse(p[1]), Money.toCents(price), due);
    }
}
