package io.microscout.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 1, 5 and 15 minute load averages of the machine ({@code /proc/loadavg}), printed beside benchmark figures:
 * on shared cores a figure means little without the load it was taken under.
 */
public final class LoadAverage {
    private LoadAverage() {}

    /** "1.23 0.98 0.50", or "unknown" where /proc/loadavg cannot be read. */
    public static String now() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
