package io.microscout.cli.connectors;

import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.connector.Connector;
import io.microscout.connector.FetchLimits;
import io.microscout.connector.FetchReport;
import io.microscout.connector.WorkspaceLabel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = {
            "Fetches creators from the platform's API with the workspace's credential (`credentials set`), stores each"
                    + " answer under HOME/raw and imports it like `import` does. Fetching a creator again refreshes it:"
                    + " a new follower snapshot, the newest posts' counts, posts since the last fetch.",
            "Stopped (quota, kill, network), it resumes from the stored cursors when run again. Exit code 3 when a"
                    + " quota stopped it, 2 when a creator failed."
        })
public final class FetchCommand implements Callable<Integer> {
    static final int STOPPED = 3;

    @Mixin
    CatalogOptions catalog;

    @Parameters(index = "0", paramLabel = "PLATFORM", description = "instagram, youtube or tiktok")
    String platform;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "HANDLE", description = "creators' handles (@ optional)")
    List<String> handles = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE", description = "a file of handles, one a line (# comments)")
    Path list;

    @Option(
            names = "--workspace",
            paramLabel = "W",
            description = "the workspace (name or id) whose credential is used")
    String workspace;

    @Option(names = "--dry-run", description = "say how many calls and quota units the fetch costs; fetch nothing")
    boolean dryRun;

    @Option(names = "--max-posts", paramLabel = "N", description = "newest posts per creator (default 50)")
    int maxPosts = 50;

    @Option(
            names = "--page-size",
            paramLabel = "N",
            description = "posts per API page (default 25; capped per platform)")
    int pageSize = 25;

    @Option(
            names = "--max-wait",
            paramLabel = "DURATION",
            description = "the longest wait for a rate limit in one go, e.g. 90s, 5m (default 2m); longer: stop")
    String maxWait = "2m";

    @Option(names = "--full", description = "fetch the newest posts again in full, not only what is new")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> all = new ArrayList<>(handles);
        if (list != null) {
            all.addAll(readList(list));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("name at least one HANDLE, or --list FILE");
        }
        ConnectorServices.platform(platform);
        FetchLimits limits = new FetchLimits(maxPosts, pageSize, duration(maxWait), full);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (MicroScout app = catalog.open()) {
            ConnectorServices services = new ConnectorServices(app);
            WorkspaceLabel ws = services.workspace(workspace);
            Connector connector = services.connector(platform, limits.maxWait());
            var fetch = services.fetch();
            if (dryRun) {
                out.println("dry run, nothing fetched: "
                        + fetch.estimate(connector, ws, all.size(), limits).describe());
                return 0;
            }
            FetchReport report = fetch.fetch(
                    connector,
                    ws,
                    all,
                    limits,
                    (o, done, total, calls) -> err.printf("fetched %d/%d creators, %d calls%n", done, total, calls));
            for (FetchReport.CreatorOutcome o : report.creators()) {
                out.println(describe(platform, o, app.location().home()));
            }
            out.println(report.calls() + " call(s) made");
            if (report.stopped() != null) {
                err.println("stopped: " + report.stopped() + ". Fetched: "
                        + report.creators().size()
                        + " creator(s); remaining: " + String.join(", ", report.remaining()) + ". Resume after "
                        + report.resumeAt() + ": run the same command again, it continues from the stored cursors.");
                return STOPPED;
            }
            return report.complete() ? 0 : 2;
        }
    }

    static String describe(String platform, FetchReport.CreatorOutcome o, Path home) {
        if (o.status() == FetchReport.Status.FAILED) {
            return platform + ":" + o.handle() + ": not fetched: " + o.message();
        }
        return String.format(
                "%s:%s: %d answer(s)%s; posts %d added, %d updated; %d follower snapshot(s); raw answers in %s",
                platform,
                o.handle(),
                o.pages(),
                o.resumed() ? " (resumed)" : "",
                o.postsAdded(),
                o.postsUpdated(),
                o.snapshotsAdded(),
                home.resolve("raw").resolve(o.rawFolder()));
    }

    static List<String> readList(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String h = line.strip();
            if (!h.isEmpty() && !h.startsWith("#")) {
                out.add(h);
            }
        }
        return out;
    }

    /** 90s, 5m, 1h, or a number of seconds. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.replaceAll("[smh]$", ""));
            return t.endsWith("h")
                    ? Duration.ofHours(n)
                    : t.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; e.g. 90s, 5m, 1h");
        }
    }
}
