package io.microscout.web;

import io.microscout.app.MicroScout;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While {@code serve} runs, repairs from time to time what another process on the same home left marked: a CLI
 * import with {@code --no-index}, or one killed between its commit and its metrics or index entries (issue 11:
 * derived data is never stale for long). A failed round is reported on stderr and the next one tries again.
 */
final class BackgroundRepair implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "microscout-repair");
        t.setDaemon(true);
        return t;
    });

    private BackgroundRepair() {}

    /** Starts the rounds, the first one {@code every} from now; a zero or negative period starts none. */
    static BackgroundRepair start(MicroScout app, Duration every) {
        BackgroundRepair repair = new BackgroundRepair();
        if (!every.isNegative() && !every.isZero()) {
            repair.scheduler.scheduleWithFixedDelay(
                    () -> round(app), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return repair;
    }

    private static void round(MicroScout app) {
        try {
            app.catchUp();
        } catch (RuntimeException e) {
            System.err.println("microscout: the background repair failed, it tries again at its next round: " + e);
        }
    }

    /** Starts no new round and waits (up to 30 s) for one that is running, so the app is not closed under it. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
