package io.microscout.bench.ingest;

/** Wall-clock and thread-CPU nanoseconds accumulated by one part of a stage (parse, metrics, store). */
final class Times {
    long wall;
    long cpu;

    /** Adds the stopwatch's lap to this part. */
    void add(Stopwatch clock) {
        wall += clock.lap();
        cpu += clock.lastCpu();
    }

    static Times sum(Times... parts) {
        Times t = new Times();
        for (Times p : parts) {
            t.wall += p.wall;
            t.cpu += p.cpu;
        }
        return t;
    }

    /** "parse 87%" of the total, by wall time. */
    String share(String name, Times total) {
        return String.format("%s %.0f%%", name, total.wall == 0 ? 0.0 : 100.0 * wall / total.wall);
    }
}
