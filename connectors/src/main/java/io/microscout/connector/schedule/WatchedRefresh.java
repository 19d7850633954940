package io.microscout.connector.schedule;

import io.microscout.connector.Connector;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.FetchReport;
import io.microscout.connector.FetchService;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.JdbiRefreshRuns;
import io.microscout.connector.state.JdbiWatches;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Refreshes a workspace's watched creators, platform by platform, within each platform's quota (a spent quota or a
 * refused credential ends that platform's part of the run, with the message; the others still run). The run is
 * recorded with its progress after every creator, so the web app shows it while it runs.
 */
public final class WatchedRefresh {
    private final JdbiWatches watches;
    private final JdbiRefreshRuns runs;
    private final FetchService fetch;
    private final Function<Platform, Connector> connectors;
    private final FetchLimits limits;
    private final Clock clock;

    public WatchedRefresh(
            JdbiWatches watches,
            JdbiRefreshRuns runs,
            FetchService fetch,
            Function<Platform, Connector> connectors,
            FetchLimits limits,
            Clock clock) {
        this.watches = watches;
        this.runs = runs;
        this.fetch = fetch;
        this.connectors = connectors;
        this.limits = limits;
        this.clock = clock;
    }

    /** Runs one refresh of the workspace now and returns the run's id. */
    public long run(WorkspaceLabel workspace) throws InterruptedException {
        Map<Platform, List<String>> byPlatform = new LinkedHashMap<>();
        for (CreatorKey k : watches.watched(workspace.id())) {
            byPlatform.computeIfAbsent(k.platform(), p -> new ArrayList<>()).add(k.handle());
        }
        int total = byPlatform.values().stream().mapToInt(List::size).sum();
        long run = runs.start(workspace.id(), total, clock.instant());
        int[] done = {0};
        int[] calls = {0};
        List<String> notes = new ArrayList<>();
        boolean stopped = false;
        boolean failed = false;
        try {
            for (var e : byPlatform.entrySet()) {
                int before = calls[0];
                try {
                    FetchReport r =
                            fetch.fetch(connectors.apply(e.getKey()), workspace, e.getValue(), limits, (o, d, t, c) -> {
                                done[0]++;
                                calls[0] = before + c;
                                runs.progress(run, done[0], calls[0]);
                            });
                    calls[0] = before + r.calls();
                    long fetched = r.creators().stream()
                            .filter(c -> c.status() == FetchReport.Status.FETCHED)
                            .count();
                    notes.add(e.getKey().id() + ": " + fetched + " of "
                            + e.getValue().size() + " refreshed");
                    r.creators().stream()
                            .filter(c -> c.message() != null)
                            .forEach(c -> notes.add(e.getKey().id() + ":" + c.handle() + ": " + c.message()));
                    if (r.stopped() != null) {
                        stopped = true;
                        notes.add(e.getKey().id() + " stopped: " + r.stopped() + "; resumes after " + r.resumeAt()
                                + " (" + r.remaining().size() + " left)");
                    }
                } catch (IllegalArgumentException | IllegalStateException noCredential) {
                    failed = true;
                    notes.add(e.getKey().id() + ": " + noCredential.getMessage());
                }
                runs.progress(run, done[0], calls[0]);
            }
        } catch (RuntimeException unexpected) {
            runs.finish(
                    run,
                    "failed",
                    String.join("\n", notes) + "\nunexpected: "
                            + unexpected.getClass().getSimpleName(),
                    clock.instant());
            throw unexpected;
        }
        String status = failed ? "failed" : stopped ? "stopped" : "done";
        runs.finish(run, status, total == 0 ? "no watched creators" : String.join("\n", notes), clock.instant());
        return run;
    }
}
