package io.microscout.bench.firsthour;

import io.microscout.bench.load.LoadAverage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code microscout bench firsthour}: a new user's first commands, each run through the launcher as a child process
 * and timed from start to exit, beside its goal (issue 18) and a bare JVM start of the same JDK in the same run.
 */
@Command(
        name = "firsthour",
        mixinStandardHelpOptions = true,
        description = {
            "Times a new user's first commands as child processes of the launcher: --help, demo on a fresh home"
                    + " (it must end with a searchable index), the first discover after it, and the read commands"
                    + " creator, creators and plans on the demo home, each beside its goal.",
            "Baseline in the same run: a bare start of the same JVM (java -version)."
        })
public final class FirstHourBenchCommand implements Callable<Integer> {

    /** Goals of issue 18, wall seconds on 2 cores. */
    static final double HELP_GOAL = 0.3;

    static final double DEMO_GOAL = 60;
    static final double FIRST_DISCOVER_GOAL = 10;
    static final double READ_GOAL = 1;

    @Option(
            names = "--launcher",
            defaultValue = "./microscout",
            description = "The launcher to run (default: ${DEFAULT-VALUE}).")
    String launcher;

    @Option(
            names = "--home",
            description = "A fresh home for the demo (default: a new temporary folder); it must not hold a catalog.")
    Path home;

    @Option(
            names = "--brief",
            defaultValue = "examples/brief-vegan-skincare.yaml",
            description = "The brief of the first discover (default: ${DEFAULT-VALUE}).")
    Path brief;

    @Option(
            names = "--creators",
            defaultValue = "2000",
            description = "Creators the demo generates (default: ${DEFAULT-VALUE}, the demo's own default; the goals"
                    + " are for it).")
    int creators;

    @Option(
            names = "--repeat",
            defaultValue = "3",
            description = "Runs of each short command; the median is judged (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, got " + repeat);
        }
        Path h = home != null ? home : Files.createTempDirectory("microscout-firsthour-");
        if (Files.exists(h.resolve("db"))) {
            throw new IllegalArgumentException(h + " already holds a catalog: give --home a fresh folder");
        }
        Path logs = h.resolveSibling(h.getFileName() + "-logs");
        String home = h.toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "first hour through %s, home %s (logs in %s); JDK %s; %d cores; load average %s%n",
                launcher,
                h,
                logs,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                LoadAverage.now());
        out.printf(
                Locale.ROOT,
                "%-44s %9s %9s %9s  %-16s %s%n",
                "command",
                "median s",
                "worst s",
                "cpu s",
                "goal",
                "load average");
        Timer t = new Timer(out, logs, repeat);
        t.report("baseline: bare JVM start (java -version)", t.repeated(List.of(java, "-version")), null);
        t.judge("--help", t.repeated(ChildRun.line(launcher, "--help")), HELP_GOAL);
        t.judge(
                "demo --creators " + creators + " (fresh home)",
                List.of(t.once(
                        ChildRun.line(launcher, "demo", "--home", home, "--creators", String.valueOf(creators)))),
                DEMO_GOAL);
        out.printf(Locale.ROOT, "  search index after the demo: %s%n", indexState(h.resolve("index")));
        String b = brief.toString();
        t.judge(
                "discover (first after the demo)",
                List.of(t.once(ChildRun.line(launcher, "discover", "--home", home, "--brief", b, "--top", "10"))),
                FIRST_DISCOVER_GOAL);
        t.report(
                "discover (again)",
                t.repeated(ChildRun.line(launcher, "discover", "--home", home, "--brief", b, "--top", "10")),
                null);
        List<ChildRun> listed = t.repeated(ChildRun.line(launcher, "creators", "--home", home, "--limit", "10"));
        t.judge("creators --limit 10", listed, READ_GOAL);
        String key = firstKey(t.once(ChildRun.line(launcher, "creators", "--home", home, "--limit", "1", "--json")));
        t.judge("creator " + key, t.repeated(ChildRun.line(launcher, "creator", "--home", home, key)), READ_GOAL);
        t.report(
                "plan --save first-plan (not a read)",
                List.of(t.once(ChildRun.line(
                        launcher, "plan", "--home", home, "--brief", b, "--budget", "20000", "--save", "first-plan"))),
                null);
        t.judge("plans", t.repeated(ChildRun.line(launcher, "plans", "--home", home)), READ_GOAL);
        long met = t.goals.stream().filter(g -> g).count();
        out.printf(Locale.ROOT, "goals met: %d of %d%n", met, t.goals.size());
        return 0;
    }

    /** Whether the index folder holds a Lucene commit (segments_N): what a discover needs to answer from. */
    static String indexState(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return "none (" + index + " does not exist)";
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"))
                    ? "committed (" + index + ")"
                    : "no commit in " + index;
        }
    }

    private static final Pattern KEY =
            Pattern.compile("\"platform\"\\s*:\\s*\"([^\"]+)\".*?\"handle\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);

    static String firstKey(ChildRun creatorsJson) {
        Matcher m = KEY.matcher(creatorsJson.output());
        if (!m.find()) {
            throw new IllegalStateException("creators --json printed no creator: " + creatorsJson.output());
        }
        return m.group(1) + ":" + m.group(2);
    }

    /** Runs commands, prints one line per command and counts the goals met. */
    private static final class Timer {
        private final PrintStream out;
        private final Path logs;
        private final int repeat;
        private final List<Boolean> goals = new ArrayList<>();
        private int runs;

        Timer(PrintStream out, Path logs, int repeat) {
            this.out = out;
            this.logs = logs;
            this.repeat = repeat;
        }

        ChildRun once(List<String> command) throws IOException, InterruptedException {
            runs++;
            return ChildRun.of(command, logs.resolve(String.format(Locale.ROOT, "%02d.log", runs)))
                    .succeeded();
        }

        List<ChildRun> repeated(List<String> command) throws IOException, InterruptedException {
            List<ChildRun> all = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                all.add(once(command));
            }
            return all;
        }

        void judge(String name, List<ChildRun> runs, double goal) {
            goals.add(report(name, runs, goal));
        }

        /** Prints the median and worst wall time; returns whether the median met the goal (true when none). */
        boolean report(String name, List<ChildRun> runs, Double goal) {
            double[] s = runs.stream().mapToDouble(ChildRun::seconds).sorted().toArray();
            double median = s[(s.length - 1) / 2];
            double[] cpu =
                    runs.stream().mapToDouble(ChildRun::cpuSeconds).sorted().toArray();
            boolean met = goal == null || median <= goal;
            String judged =
                    goal == null ? "" : String.format(Locale.ROOT, "<= %-5s %s", trim(goal), met ? "MET" : "NOT MET");
            out.printf(
                    Locale.ROOT,
                    "%-44s %9.2f %9.2f %9s  %-16s %s%n",
                    name,
                    median,
                    s[s.length - 1],
                    Double.isNaN(cpu[0]) ? "-" : String.format(Locale.ROOT, "%.2f", cpu[(cpu.length - 1) / 2]),
                    judged,
                    LoadAverage.now());
            out.flush();
            return met;
        }

        private static String trim(double goal) {
            return goal == Math.rint(goal) ? String.valueOf((long) goal) : String.valueOf(goal);
        }
    }
}
