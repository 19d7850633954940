package io.microscout.bench.discover;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.HdrHistogram.Histogram;

/**
 * Runs a list of operations on a fixed number of threads and keeps each operation's latency, so that
 * percentiles can be taken over all of them or over a subset (the queries another system could also answer).
 */
public final class Latencies {

    /** An operation on item {@code i}. */
    public interface Operation {
        void run(int i) throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] nanos;
    private final long[] cpuNanos;
    private final long wallNanos;

    private Latencies(long[] nanos, long[] cpuNanos, long wallNanos) {
        this.nanos = nanos;
        this.cpuNanos = cpuNanos;
        this.wallNanos = wallNanos;
    }

    /** Runs operations 0..count-1, each once, spread over {@code threads} threads pulling from a shared counter. */
    public static Latencies measure(int count, int threads, Operation op) {
        long[] nanos = new long[count];
        long[] cpuNanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Object>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        op.run(i);
                        nanos[i] = System.nanoTime() - t0;
                        cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
                    }
                    return null;
                }));
            }
            for (Future<Object> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a measured operation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Latencies(nanos, cpuNanos, System.nanoTime() - start);
    }

    /** Wall-clock latencies of the operations {@code which} accepts. */
    public Histogram histogram(IntPredicate which) {
        return histogram(nanos, which);
    }

    /**
     * CPU time the calling thread spent in each operation: what the latency would be on an otherwise idle
     * machine (this machine's cores are shared with other jobs), excluding work done in other processes.
     */
    public Histogram cpuHistogram() {
        return cpuHistogram(i -> true);
    }

    /** {@link #cpuHistogram()} of the operations {@code which} accepts. */
    public Histogram cpuHistogram(IntPredicate which) {
        return histogram(cpuNanos, which);
    }

    private static Histogram histogram(long[] values, IntPredicate which) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < values.length; i++) {
            if (which.test(i)) {
                h.recordValue(Math.max(1, values[i]));
            }
        }
        return h;
    }

    public Histogram histogram() {
        return histogram(i -> true);
    }

    public double queriesPerSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    /** "p50 1.23 ms, p95 ..., p99 ..., max ..." of a histogram of nanoseconds. */
    public static String percentiles(Histogram h) {
        return String.format(
                java.util.Locale.ROOT,
                "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)",
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()),
                h.getTotalCount());
    }

    public static double ms(long nanos) {
        return nanos / 1e6;
    }
}
