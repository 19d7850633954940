package io.microscout.bench.load;

import java.lang.management.ManagementFactory;

/**
 * CPU time this JVM has used, all threads together (the JVM's own view, {@code getProcessCpuTime}): divided by the
 * requests a benchmark made, it is a cost per request that a busy machine does not inflate the way it inflates
 * wall-clock latency.
 */
public final class ProcessCpu {
    private ProcessCpu() {}

    /** CPU seconds used so far, or NaN where the JVM cannot tell. */
    public static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }
}
