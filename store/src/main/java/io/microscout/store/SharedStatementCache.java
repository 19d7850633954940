package io.microscout.store;

import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheBuilder;
import org.jdbi.v3.core.cache.JdbiCacheLoader;

/**
 * JDBI's caches of parsed SQL without a lock: its default is a synchronized LRU list, which every statement of
 * every request passes through; under {@code bench serve} on busy shared cores a thread that lost its core while
 * holding it stalled the others (JFR: seconds of monitor waits in 30 s). The store runs a fixed set of statements,
 * so the cache only fills up to that; bounded anyway (emptied when full).
 */
final class SharedStatementCache implements JdbiCacheBuilder {
    private int maxSize = 1_000;

    @Override
    public <K, V> JdbiCache<K, V> build() {
        return buildWithLoader(null);
    }

    @Override
    public <K, V> JdbiCache<K, V> buildWithLoader(JdbiCacheLoader<K, V> loader) {
        int max = maxSize;
        ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
        return new JdbiCache<>() {
            @Override
            public V get(K key) {
                return loader == null ? entries.get(key) : getWithLoader(key, loader);
            }

            @Override
            public V getWithLoader(K key, JdbiCacheLoader<K, V> load) {
                V v = entries.get(key);
                if (v == null) {
                    v = load.create(key);
                    if (entries.size() >= max) {
                        entries.clear();
                    }
                    entries.put(key, v);
                }
                return v;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getStats() {
                return (T) Integer.valueOf(entries.size());
            }
        };
    }

    @Override
    public JdbiCacheBuilder maxSize(int size) {
        this.maxSize = size;
        return this;
    }
}
