package io.microscout.importer;

/** Told after each file of an import, for a progress line on a terminal. */
@FunctionalInterface
public interface ImportProgress {
    void update(int filesDone, int filesTotal, long recordsRead);

    static ImportProgress silent() {
        return (done, total, records) -> {};
    }
}
