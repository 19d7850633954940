package io.microscout.pricing;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The quotes creators gave: the latest one per creator and deliverable wins. */
public interface Quotes {

    Optional<Quote> latest(CreatorKey creator, Deliverable deliverable);

    static Quotes none() {
        return (creator, deliverable) -> Optional.empty();
    }

    /** Quotes held in memory; of several for the same creator and deliverable, the latest recorded wins. */
    static Quotes of(Collection<Quote> quotes) {
        Map<Key, Quote> latest = new HashMap<>();
        for (Quote q : quotes) {
            latest.merge(
                    new Key(q.creator(), q.deliverable()),
                    q,
                    (a, b) -> b.recordedAt().isAfter(a.recordedAt()) ? b : a);
        }
        if (latest.isEmpty()) {
            return none();
        }
        return (creator, deliverable) -> Optional.ofNullable(latest.get(new Key(creator, deliverable)));
    }

    /** The key of the in-memory quotes: no string built per look-up. */
    record Key(CreatorKey creator, Deliverable deliverable) {}

    static Quotes of(Quote... quotes) {
        return of(List.of(quotes));
    }
}
