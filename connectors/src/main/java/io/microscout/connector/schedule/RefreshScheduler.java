package io.microscout.connector.schedule;

import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.JdbiWatches;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Runs each workspace's refresh when its schedule is due (checked once a minute, one run at a time, on a daemon
 * thread): the next due time is moved on before the run starts, so a run that fails is not repeated at once.
 */
public final class RefreshScheduler implements AutoCloseable {
    private final JdbiWatches watches;
    private final WatchedRefresh refresh;
    private final LongFunction<WorkspaceLabel> workspaces;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public RefreshScheduler(
            JdbiWatches watches, WatchedRefresh refresh, LongFunction<WorkspaceLabel> workspaces, Clock clock) {
        this.watches = watches;
        this.refresh = refresh;
        this.workspaces = workspaces;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "microscout-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    public RefreshScheduler start(long periodSeconds) {
        timer.scheduleWithFixedDelay(this::tick, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        return this;
    }

    /** Runs the refreshes due now; returns how many ran. */
    public int tick() {
        int ran = 0;
        Instant now = clock.instant();
        for (JdbiWatches.Schedule s : watches.schedules()) {
            if (s.nextAt().isAfter(now)) {
                continue;
            }
            watches.schedule(s.workspace(), s.every(), now.plus(s.every()));
            try {
                refresh.run(workspaces.apply(s.workspace()));
                ran++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ran;
            } catch (RuntimeException e) {
                ran++; // recorded as a failed run by WatchedRefresh; the next schedule tries again
            }
        }
        return ran;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
