package io.microscout.outreach;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's outreach pipeline: creators come in from a saved plan or a shortlist, move between stages by
 * {@link MoveRules}, and every move is kept with its author, time and note. Opted-out creators stay on the board
 * (marked) but cannot be contacted.
 */
public final class Pipeline {
    private final OutreachRecords records;
    private final CreatorLookup catalog;
    private final Clock clock;

    public Pipeline(OutreachRecords records, CreatorLookup catalog, Clock clock) {
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What an add did: who came in, and who was there already. */
    public record Added(List<OutreachEntry> added, List<CreatorKey> alreadyThere) {}

    /** Puts the plan's creators on the board as shortlisted, each with its deliverable, price and reason. */
    public Added addPlan(SavedPlan plan, String author) {
        List<Candidate> candidates = plan.selections().stream()
                .map(i -> new Candidate(i.creator(), new Offer(i.deliverable(), i.price()), why(i.reason())))
                .toList();
        return add(candidates, "plan " + plan.name(), author);
    }

    /** Puts creators of the catalog on the board as shortlisted, with an offer and a why when given (null: none). */
    public Added addShortlist(List<CreatorKey> creators, Offer offer, String why, String author) {
        return add(creators.stream().map(c -> new Candidate(c, offer, why)).toList(), "shortlist", author);
    }

    /**
     * Why this creator, as a message may quote it: the first clause of the plan's reason ("micro beauty creator
     * (US, 15.0k followers, fit 0.60, authenticity 76/100)"), not the forecast figures that follow it.
     */
    static String why(String planReason) {
        if (planReason == null) {
            return "";
        }
        int cut = planReason.indexOf(';');
        return (cut < 0 ? planReason : planReason.substring(0, cut)).strip();
    }

    private record Candidate(CreatorKey creator, Offer offer, String why) {}

    private Added add(List<Candidate> candidates, String source, String author) {
        Instant now = clock.instant();
        List<OutreachEntry> entries = new ArrayList<>();
        List<StageMove> moves = new ArrayList<>();
        List<CreatorKey> there = new ArrayList<>();
        Map<CreatorKey, Candidate> unique = new LinkedHashMap<>();
        candidates.forEach(c -> unique.putIfAbsent(c.creator(), c));
        for (Candidate c : unique.values()) {
            if (records.entry(c.creator()).isPresent()) {
                there.add(c.creator());
                continue;
            }
            Creator creator = catalog.creator(c.creator())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no creator " + c.creator() + " in the catalog; nothing was added"));
            entries.add(new OutreachEntry(
                    c.creator(),
                    creator.displayName(),
                    Stage.SHORTLISTED,
                    c.offer(),
                    null,
                    source,
                    c.why(),
                    creator.contactEmail(),
                    now,
                    now));
            moves.add(new StageMove(c.creator(), null, Stage.SHORTLISTED, null, c.offer(), author, source, now));
        }
        records.add(entries, moves);
        return new Added(entries, there);
    }

    /** A request to move a creator; {@code terms} changes the offer (null: unchanged). */
    public record MoveRequest(CreatorKey creator, Stage to, DeclineReason reason, Offer terms, String note) {}

    /** Makes the move or refuses it with the reason; the history keeps it either way it was before. */
    public OutreachEntry move(MoveRequest r, String author) {
        OutreachEntry entry = entry(r.creator());
        MoveRules.refusal(entry.stage(), r.to(), r.reason()).ifPresent(why -> {
            throw new IllegalArgumentException(r.creator() + ": " + why);
        });
        if (r.to() == Stage.CONTACTED && records.optedOut(r.creator())) {
            throw new IllegalArgumentException(
                    r.creator() + " opted out of messages from this workspace; " + "they cannot be contacted");
        }
        if (r.to() == Stage.AGREED && r.terms() == null && entry.offer() == null) {
            throw new IllegalArgumentException(r.creator() + ": an agreement needs its terms (deliverable and "
                    + "price); there is no offer to agree to");
        }
        StageMove move = new StageMove(
                r.creator(), entry.stage(), r.to(), r.reason(), r.terms(), author, r.note(), clock.instant());
        OutreachEntry after = entry.after(move);
        records.record(after, move);
        return after;
    }

    public OutreachEntry entry(CreatorKey creator) {
        return records.entry(creator)
                .orElseThrow(() -> new NoSuchEntryException(creator + " is not in this workspace's outreach"));
    }

    public Optional<OutreachEntry> find(CreatorKey creator) {
        return records.entry(creator);
    }

    public List<StageMove> history(CreatorKey creator) {
        entry(creator);
        return records.history(creator);
    }

    /** Every stage with its entries, in the pipeline's order (empty stages included). */
    public Map<Stage, List<OutreachEntry>> board() {
        Map<Stage, List<OutreachEntry>> board = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            board.put(s, new ArrayList<>());
        }
        records.entries().forEach(e -> board.get(e.stage()).add(e));
        return board;
    }

    /** The creators who said yes, with the agreed deliverable and price (for the campaigns side). */
    public List<Agreement> agreements() {
        List<Agreement> out = new ArrayList<>();
        for (OutreachEntry e : records.entries()) {
            if (!e.stage().saidYes() || e.offer() == null) {
                continue;
            }
            Instant agreedAt = records.history(e.creator()).stream()
                    .filter(m -> m.to() == Stage.AGREED)
                    .reduce((a, b) -> b)
                    .map(StageMove::at)
                    .orElse(e.movedAt());
            out.add(new Agreement(e.creator(), e.name(), e.stage(), e.offer(), agreedAt));
        }
        return out;
    }

    /** Records that the creator asked not to be mailed again by this workspace; honoured by send and mail merge. */
    public void optOut(CreatorKey creator, String note) {
        records.optOut(creator, note, clock.instant());
    }

    /** Forgets the creator's outreach in this workspace (issue 11's forget calls it); the opt-out stays. */
    public int forget(CreatorKey creator) {
        return records.forget(creator);
    }

    public boolean optedOut(CreatorKey creator) {
        return records.optedOut(creator);
    }

    /** The offer a shortlist gets when the user names one ("instagram-reel", 350). */
    public static Offer offer(String deliverable, Double price) {
        if (deliverable == null && price == null) {
            return null;
        }
        if (deliverable == null || price == null) {
            throw new IllegalArgumentException("an offer needs both a deliverable and a price");
        }
        return new Offer(Deliverable.parse(deliverable), price);
    }
}
