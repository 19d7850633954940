package io.microscout.privacy;

import io.microscout.creator.CreatorKey;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forget or export one creator across every registered {@link PersonalDataHolder}.
 *
 * <p>Forgetting first records the creator as forgotten, then asks each holder in turn (each removes its rows in its
 * own transaction). Should it stop half-way (a crash, a lost connection), the record is already there, so no import
 * brings the creator back, and running {@code forget} again removes what is left.
 */
public final class PersonalData {

    /** What a forget removed, per holder and table. */
    public record ForgetReport(CreatorKey creator, Instant forgottenAt, Map<String, Map<String, Integer>> removed) {
        public int rowsRemoved() {
            return removed.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    private final ForgottenCreators forgotten;
    private final Clock clock;
    private final List<PersonalDataHolder> holders = new CopyOnWriteArrayList<>();

    public PersonalData(ForgottenCreators forgotten, Clock clock) {
        this.forgotten = Objects.requireNonNull(forgotten, "forgotten");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a holder; it is asked after those registered before it. */
    public void register(PersonalDataHolder holder) {
        if (holders.stream().anyMatch(h -> h.name().equals(holder.name()))) {
            throw new IllegalArgumentException("a personal data holder named '" + holder.name() + "' is registered");
        }
        holders.add(holder);
    }

    public List<String> holderNames() {
        return holders.stream().map(PersonalDataHolder::name).toList();
    }

    public ForgetReport forget(CreatorKey creator) {
        Instant at = clock.instant();
        forgotten.record(creator, at);
        Map<String, Map<String, Integer>> removed = new LinkedHashMap<>();
        for (PersonalDataHolder h : holders) {
            removed.put(h.name(), Map.copyOf(h.forget(creator)));
        }
        return new ForgetReport(creator, forgotten.forgottenAt(creator).orElse(at), removed);
    }

    /** Everything held about the creator: per holder, rows per table; and when they were forgotten, if they were. */
    public Map<String, Object> export(CreatorKey creator) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("creator", creator.toString());
        out.put("exportedAt", clock.instant().toString());
        out.put(
                "forgottenAt",
                forgotten.forgottenAt(creator).map(Instant::toString).orElse(null));
        Map<String, Object> held = new LinkedHashMap<>();
        for (PersonalDataHolder h : holders) {
            held.put(h.name(), h.export(creator));
        }
        out.put("held", held);
        return out;
    }

    public ForgottenCreators forgotten() {
        return forgotten;
    }
}
