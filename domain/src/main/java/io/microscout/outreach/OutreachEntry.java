package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One creator in a workspace's pipeline: the stage, the offer (from the plan, changed by moves that carry terms),
 * the decline reason when declined, where the entry came from and why this creator (the plan's or discovery's fit
 * reasons, quoted in messages).
 *
 * @param source "plan first-plan" or "shortlist"
 * @param why    the fit reasons the plan or discovery gave; empty when none were given
 * @param email  where a message goes (the catalog's contact e-mail or one the user set); null when unknown
 */
public record OutreachEntry(
        CreatorKey creator,
        String name,
        Stage stage,
        Offer offer,
        DeclineReason declineReason,
        String source,
        String why,
        String email,
        Instant addedAt,
        Instant movedAt) {
    public OutreachEntry {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(stage, "stage");
        name = name == null || name.isBlank() ? creator.handle() : name;
        why = why == null ? "" : why;
        if ((stage == Stage.DECLINED) != (declineReason != null)) {
            throw new IllegalArgumentException("a declined entry carries its reason, and only a declined one");
        }
    }

    OutreachEntry after(StageMove m) {
        return new OutreachEntry(
                creator,
                name,
                m.to(),
                m.terms() == null ? offer : m.terms(),
                m.reason(),
                source,
                why,
                email,
                addedAt,
                m.at());
    }

    public OutreachEntry withEmail(String address) {
        return new OutreachEntry(creator, name, stage, offer, declineReason, source, why, address, addedAt, movedAt);
    }
}
