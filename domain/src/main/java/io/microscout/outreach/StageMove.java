package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One move in a creator's history: kept as it was made, never changed afterwards.
 *
 * @param from   null for the move that put the creator on the board
 * @param reason set exactly when {@code to} is declined
 * @param terms  the deliverable and price this move agreed or changed to; null: unchanged
 */
public record StageMove(
        CreatorKey creator,
        Stage from,
        Stage to,
        DeclineReason reason,
        Offer terms,
        String author,
        String note,
        Instant at) {
    public StageMove {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a move names its author");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > 5000) {
            throw new IllegalArgumentException("a note is at most 5,000 characters, got " + note.length());
        }
    }
}
