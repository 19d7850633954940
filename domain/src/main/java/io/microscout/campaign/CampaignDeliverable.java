package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One agreed piece of content: format, due date, agreed price (exact cents) and status.
 *
 * @param due null when no date was agreed
 */
public record CampaignDeliverable(
        long id, CreatorKey creator, Deliverable format, LocalDate due, long priceCents, Status status) {

    public enum Status {
        AGREED,
        POSTED,
        CANCELLED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status parse(String text) {
            for (Status s : values()) {
                if (s.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException(
                    "unknown deliverable status '" + text + "'; expected agreed, posted or cancelled");
        }
    }

    public CampaignDeliverable {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        if (priceCents < 0) {
            throw new IllegalArgumentException("an agreed price cannot be negative, got " + priceCents + " cents");
        }
        if (format.platform() != creator.platform()) {
            throw new IllegalArgumentException(
                    format.id() + " is not a " + creator.platform().id() + " deliverable (creator " + creator + ")");
        }
    }

    /** Due and not posted by that day. */
    public boolean isLate(LocalDate today) {
        return status == Status.AGREED && due != null && today.isAfter(due);
    }
}
