package io.microscout.cli.connectors;

import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CommandGroup;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.state.JdbiRefreshRuns;
import io.microscout.creator.CreatorKey;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code watch}: the creators a workspace refreshes on its schedule (run by {@code serve}), and the schedule. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Watched creators: `serve` refreshes them on the workspace's schedule (watch schedule hourly)."
                + " `watch add/remove/list/schedule/run/runs`.",
        subcommands = {
            WatchCommand.Add.class,
            WatchCommand.Remove.class,
            WatchCommand.ListWatched.class,
            WatchCommand.Schedule.class,
            WatchCommand.Run.class,
            WatchCommand.Runs.class
        })
public final class WatchCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Watches creators (PLATFORM:HANDLE).")
    static final class Add extends WorkspaceCommand {
        @Parameters(arity = "1..*", paramLabel = "PLATFORM:HANDLE")
        List<String> creators;

        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            for (String c : creators) {
                CreatorKey normal = s.normalized(c);
                say((s.watches().watch(ws.id(), normal, app.clock().instant()) ? "watching " : "already watching ")
                        + normal + " in " + ws);
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops watching creators.")
    static final class Remove extends WorkspaceCommand {
        @Parameters(arity = "1..*", paramLabel = "PLATFORM:HANDLE")
        List<String> creators;

        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            for (String c : creators) {
                CreatorKey k = s.normalized(c);
                say((s.watches().unwatch(ws.id(), k) ? "no longer watching " : "was not watching ") + k);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The watched creators and the schedule.")
    static final class ListWatched extends WorkspaceCommand {
        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            s.watches().watched(ws.id()).forEach(k -> say(k.toString()));
            say(s.watches()
                    .schedule(ws.id())
                    .map(x -> "refreshed every " + x.every().toMinutes() + " min by `serve`; next at " + x.nextAt())
                    .orElse("no schedule (set one with: microscout watch schedule hourly|daily|30m)"));
            return 0;
        }
    }

    @Command(
            name = "schedule",
            mixinStandardHelpOptions = true,
            description =
                    "How often `serve` refreshes the watched creators: hourly, daily, a duration (30m, 6h), or off.")
    static final class Schedule extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "EVERY")
        String every;

        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            if (every.equalsIgnoreCase("off")) {
                s.watches().unschedule(ws.id());
                say("no scheduled refresh for " + ws);
                return 0;
            }
            Duration d = every.equalsIgnoreCase("hourly")
                    ? Duration.ofHours(1)
                    : every.equalsIgnoreCase("daily") ? Duration.ofDays(1) : FetchCommand.duration(every);
            s.watches().schedule(ws.id(), d, app.clock().instant().plus(d));
            say("serve refreshes the watched creators of " + ws + " every " + d.toMinutes() + " min; first at "
                    + app.clock().instant().plus(d));
            return 0;
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Refreshes the watched creators now (as `serve` does on schedule).")
    static final class Run extends WorkspaceCommand {
        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) throws Exception {
            long id = s.refresh(FetchLimits.defaults()).run(ws);
            JdbiRefreshRuns.Run r = s.runs().recent(ws.id(), 50).stream()
                    .filter(x -> x.id() == id)
                    .findFirst()
                    .orElseThrow();
            say(Runs.line(r));
            return r.status().equals("done") ? 0 : FetchCommand.STOPPED;
        }
    }

    @Command(name = "runs", mixinStandardHelpOptions = true, description = "The latest refresh runs, newest first.")
    static final class Runs extends WorkspaceCommand {
        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            s.runs().recent(ws.id(), 20).forEach(r -> say(line(r)));
            return 0;
        }

        static String line(JdbiRefreshRuns.Run r) {
            return r.startedAt() + " " + r.status() + ": " + r.creatorsDone() + "/" + r.creatorsTotal()
                    + " creators, " + r.calls() + " calls"
                    + (r.message() == null ? "" : "\n  " + r.message().replace("\n", "\n  "));
        }
    }
}
