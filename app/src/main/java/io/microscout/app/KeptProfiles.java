package io.microscout.app;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.CreatorProfiles;
import io.microscout.store.StoreChanges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's creator profiles, the most recently read kept while the store is unchanged (its version, {@link
 * StoreChanges}, moves with every committed write, and then none is kept): a long-running server does not read the
 * same candidates' posts and metrics again for every discovery. Bounded (when full, profiles of older versions go,
 * then all); where the store cannot tell of other
 * writers' changes nothing is kept.
 */
final class KeptProfiles implements CreatorProfiles {
    /** Profiles kept: the demo catalog whole (a profile holds its recent posts: some kB each). */
    static final int KEPT = 2_000;

    private record Kept(long version, CreatorProfile profile) {}

    private final CreatorProfiles catalog;
    private final StoreChanges changes;
    private final ConcurrentHashMap<CreatorKey, Kept> kept = new ConcurrentHashMap<>();

    KeptProfiles(CreatorProfiles catalog, StoreChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @Override
    public Optional<CreatorProfile> find(CreatorKey key) {
        return Optional.ofNullable(findAll(List.of(key)).get(key));
    }

    /** No lock held: on busy shared cores a lock holder that loses its core would stall every discovery. */
    @Override
    public Map<CreatorKey, CreatorProfile> findAll(Collection<CreatorKey> keys) {
        OptionalLong now = changes.version();
        if (now.isEmpty()) {
            return catalog.findAll(keys);
        }
        long v = now.getAsLong();
        Map<CreatorKey, CreatorProfile> found = new HashMap<>();
        List<CreatorKey> missing = new ArrayList<>();
        for (CreatorKey k : keys) {
            Kept p = kept.get(k);
            if (p != null && p.version() == v) {
                found.put(k, p.profile());
            } else {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            Map<CreatorKey, CreatorProfile> read = catalog.findAll(missing);
            found.putAll(read);
            read.forEach((k, p) -> kept.put(k, new Kept(v, p)));
            if (kept.size() > KEPT) {
                kept.values().removeIf(p -> p.version() != v);
                if (kept.size() > KEPT) {
                    kept.clear();
                }
            }
        }
        Map<CreatorKey, CreatorProfile> out = new LinkedHashMap<>();
        for (CreatorKey k : keys) {
            CreatorProfile p = found.get(k);
            if (p != null) {
                out.put(k, p);
            }
        }
        return out;
    }
}
