package io.microscout.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times the parts of a benchmark stage in wall-clock time and in the CPU time of the benchmark's thread.
 * On a shared machine the wall clock includes waiting for a core; the thread's CPU time does not (but leaves
 * out work of other threads: GC, JIT, H2's background writer), so both are printed.
 */
final class Stopwatch {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long wallStart = System.nanoTime();
    private long cpuStart = cpu();
    private long lastCpu;

    /** Wall nanoseconds since the last lap (or creation), and starts the next lap; see {@link #lastCpu()}. */
    long lap() {
        long now = System.nanoTime();
        long cpuNow = cpu();
        long lap = now - wallStart;
        lastCpu = cpuNow - cpuStart;
        wallStart = now;
        cpuStart = cpuNow;
        return lap;
    }

    /** Thread CPU nanoseconds of the last lap. */
    long lastCpu() {
        return lastCpu;
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String rate(long items, long nanos) {
        return nanos <= 0 ? "-" : String.format("%,.0f", items / seconds(nanos));
    }
}
