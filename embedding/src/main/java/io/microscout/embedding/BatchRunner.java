package io.microscout.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The embedder's caller threads: with one worker everything runs on the calling thread (no pool at all); with more,
 * a fixed pool of that many daemon threads shares the work and the caller waits for it.
 */
final class BatchRunner implements AutoCloseable {

    /** Work over the items [from, to) of a list. */
    @FunctionalInterface
    interface Slice<T> {
        T apply(int from, int to);
    }

    private final int workers;
    private final ExecutorService pool;

    BatchRunner(int workers) {
        this.workers = workers;
        this.pool = workers == 1
                ? null
                : Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "microscout-embedding");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Splits [0, size) into one contiguous slice per worker and returns the results in order. */
    <T> List<T> map(int size, Slice<T> work) {
        if (pool == null || size < 2) {
            return List.of(work.apply(0, size));
        }
        int parts = Math.min(workers, size);
        List<Future<T>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) size * p / parts);
            int to = (int) ((long) size * (p + 1) / parts);
            futures.add(pool.submit(() -> work.apply(from, to)));
        }
        return join(futures);
    }

    /** Applies the work to each item, in parallel over the workers; results in item order. */
    <I, T> List<T> each(List<I> items, Function<I, T> work) {
        if (pool == null || items.size() < 2) {
            List<T> out = new ArrayList<>(items.size());
            for (I item : items) {
                out.add(work.apply(item));
            }
            return out;
        }
        List<Future<T>> futures = new ArrayList<>(items.size());
        for (I item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        return join(futures);
    }

    private static <T> List<T> join(List<Future<T>> futures) {
        List<T> out = new ArrayList<>(futures.size());
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("embedding interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
