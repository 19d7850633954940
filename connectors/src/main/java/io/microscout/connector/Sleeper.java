package io.microscout.connector;

import java.time.Duration;

/** Waits (tests record the waits instead). */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
