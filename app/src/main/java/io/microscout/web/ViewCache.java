package io.microscout.web;

import io.microscout.store.StoreChanges;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Views read from the store (a creator's page, a page of the catalog), kept while the store is unchanged: every
 * committed write changes the store's version ({@link StoreChanges}), and a view kept under another version is
 * never served, so the read after a write sees the new data. Bounded: when full, views of older versions go, then
 * all. No lock is held while serving (on busy shared cores a lock holder that loses its core stalls every reader).
 * Where the store cannot tell (a server database other nodes write to) nothing is kept.
 */
final class ViewCache<K, V> {
    private record Kept<V>(long version, V view) {}

    private final StoreChanges changes;
    private final int max;
    private final ConcurrentHashMap<K, Kept<V>> views = new ConcurrentHashMap<>();

    ViewCache(StoreChanges changes, int max) {
        this.changes = changes;
        this.max = max;
    }

    /** The view kept for this key under the store's current version, else the one {@code read} makes (then kept). */
    V get(K key, Supplier<V> read) {
        OptionalLong now = changes.version();
        if (now.isEmpty()) {
            return read.get();
        }
        long v = now.getAsLong();
        Kept<V> kept = views.get(key);
        if (kept != null && kept.version() == v) {
            return kept.view();
        }
        V made = read.get();
        views.put(key, new Kept<>(v, made));
        if (views.size() > max) {
            views.values().removeIf(k -> k.version() != v);
            if (views.size() > max) {
                views.clear();
            }
        }
        return made;
    }

    int size() {
        return views.size();
    }
}
