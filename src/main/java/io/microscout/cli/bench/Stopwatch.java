package io.microscout.cli.bench;

/** Accumulates the time spent in each part of a benchmark stage. */
final class Stopwatch {
    private long started = System.nanoTime();

    /** Nanoseconds since the last lap (or creation), and starts the next lap. */
    long lap() {
        long now = System.nanoTime();
        long lap = now - started;
        started = now;
        return lap;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String rate(long items, long nanos) {
        return nanos <= 0 ? "-" : String.format("%,.0f", items / seconds(nanos));
    }
}
