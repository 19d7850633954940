package io.microscout.web;

import io.microscout.store.StoreChanges;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Views read from the store (a creator's page, a page of the catalog), kept while the store is unchanged: every
 * committed write changes the store's version ({@link StoreChanges}), and a view kept under another version is
 * never served, so the read after a write sees the new data. Bounded: the least recently used view goes first.
 * Where the store cannot tell (a server database other nodes write to) nothing is kept.
 */
final class ViewCache<K, V> {
    private final StoreChanges changes;
    private final int max;
    private final Map<K, V> views;
    private long version = Long.MIN_VALUE;

    ViewCache(StoreChanges changes, int max) {
        this.changes = changes;
        this.max = max;
        this.views = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ViewCache.this.max;
            }
        };
    }

    /** The view kept for this key under the store's current version, else the one {@code read} makes (then kept). */
    V get(K key, Supplier<V> read) {
        OptionalLong now = changes.version();
        if (now.isEmpty()) {
            return read.get();
        }
        long v = now.getAsLong();
        synchronized (this) {
            if (v != version) {
                views.clear();
                version = v;
            }
            V kept = views.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V made = read.get(); // outside the lock: other views are served meanwhile
        synchronized (this) {
            if (v == version) {
                views.put(key, made);
            }
        }
        return made;
    }

    synchronized int size() {
        return views.size();
    }
}
